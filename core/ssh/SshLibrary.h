#pragma once
// libssh2 (and through it OpenSSL) needs one global initialisation before any thread uses it.

namespace cairn {

class SshLibrary final {
public:
    // Call once from main() before starting worker threads. Safe to call again; SshSession calls it
    // too as a fallback, serialised with std::call_once.
    static bool initialize();
};

} // namespace cairn
