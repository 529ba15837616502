#include "ssh/SshLibrary.h"

#include <libssh2.h>

#include <mutex>

namespace cairn {

bool SshLibrary::initialize()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = libssh2_init(0) == 0; });
    return ok;
}

} // namespace cairn
