// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/handshake.h"

#include <array>

namespace vpclens {
namespace {

using namespace tcpflag;

constexpr std::array<const char *, std::size_t(Handshake::Count)> kNames{
    "attempted", "rejected", "established", "reset", "mid-stream", "no-reply", "two-way"};

} // namespace

QString handshakeName(Handshake h)
{
    return std::size_t(h) < kNames.size() ? QLatin1String(kNames[std::size_t(h)]) : QString();
}

std::optional<Handshake> parseHandshake(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('-'));
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (n == QLatin1String(kNames[i]))
            return Handshake(i);
    return std::nullopt;
}

void HandshakeTracker::packet(bool tcp, bool fromOriginator, std::uint8_t flags)
{
    m_tcp = m_tcp || tcp;
    (fromOriginator ? m_fromOriginator : m_fromResponder) = true;
    if (!tcp)
        return;
    const bool syn = flags & kSyn, ack = flags & kAck;
    if (fromOriginator) {
        if (syn && !ack)
            m_syn = true;
        else if (m_syn && ack && !(flags & kRst))
            m_ackAfterSyn = true;
    } else if (syn && ack && m_syn) {
        m_synAck = true;
    }
    if (flags & kRst) {
        m_rst = true;
        if (!fromOriginator)
            m_rstByResponder = true;
    }
}

Handshake HandshakeTracker::state() const
{
    if (!m_tcp)
        return m_fromOriginator && m_fromResponder ? Handshake::TwoWay : Handshake::NoReply;
    const bool established = m_synAck || m_ackAfterSyn;
    if (m_syn) {
        if (m_rst && !established)
            return m_rstByResponder ? Handshake::Rejected : Handshake::Attempted;
        if (m_rst)
            return Handshake::Reset;
        return established ? Handshake::Established : Handshake::Attempted;
    }
    return m_rst ? Handshake::Reset : Handshake::MidStream;
}

} // namespace vpclens
