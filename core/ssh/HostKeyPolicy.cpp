#include "ssh/HostKeyPolicy.h"

#include "ssh/SshFingerprint.h"

namespace cairn {

HostKeyPolicy HostKeyPolicy::expectFingerprint(const QString &sha256Fingerprint)
{
    HostKeyPolicy policy;
    policy.m_mode = Mode::ExpectFingerprint;
    policy.m_fingerprint = normalizeSshFingerprint(sha256Fingerprint);
    return policy;
}

HostKeyPolicy HostKeyPolicy::pinned(const SshHostKey &key)
{
    HostKeyPolicy policy;
    policy.m_mode = Mode::Pinned;
    policy.m_key = key;
    return policy;
}

HostKeyPolicy HostKeyPolicy::acceptNew()
{
    HostKeyPolicy policy;
    policy.m_mode = Mode::AcceptNew;
    return policy;
}

HostKeyPolicy::Verdict HostKeyPolicy::check(const SshHostKey &presented) const
{
    if (presented.isNull())
        return m_mode == Mode::AskFirst ? Verdict::Unknown : Verdict::Changed;
    switch (m_mode) {
    case Mode::AskFirst:
        return Verdict::Unknown;
    case Mode::AcceptNew:
        return Verdict::Trusted;
    case Mode::ExpectFingerprint:
        // An empty (invalid) expected fingerprint never matches.
        return !m_fingerprint.isEmpty() && presented.fingerprintSha256() == m_fingerprint
            ? Verdict::Trusted
            : Verdict::FingerprintMismatch;
    case Mode::Pinned:
        // Type and blob both: a server that now offers another key type is a changed key too.
        return !m_key.isNull() && presented == m_key ? Verdict::Trusted : Verdict::Changed;
    }
    return Verdict::Changed;
}

} // namespace cairn
