// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/conversationoutcome.h"

#include "capture/handshake.h"

#include <QCoreApplication>

#include <array>

namespace vpclens {
namespace {

struct Named {
    ConversationOutcome outcome;
    const char *key, *name;
};
constexpr std::array<Named, 10> kNames{{
    {ConversationOutcome::None, "", ""},
    {ConversationOutcome::Rejected, "rejected", QT_TRANSLATE_NOOP("Outcome", "rejected")},
    {ConversationOutcome::NoReply, "no-reply", QT_TRANSLATE_NOOP("Outcome", "no reply")},
    {ConversationOutcome::ReplyRejected, "reply-rejected", QT_TRANSLATE_NOOP("Outcome", "reply rejected")},
    {ConversationOutcome::Refused, "refused", QT_TRANSLATE_NOOP("Outcome", "refused")},
    {ConversationOutcome::Established, "established", QT_TRANSLATE_NOOP("Outcome", "established")},
    {ConversationOutcome::Reset, "reset", QT_TRANSLATE_NOOP("Outcome", "reset")},
    {ConversationOutcome::Answered, "answered", QT_TRANSLATE_NOOP("Outcome", "answered")},
    {ConversationOutcome::PartlyRejected, "partly-rejected", QT_TRANSLATE_NOOP("Outcome", "partly rejected")},
    {ConversationOutcome::ReplyOnly, "reply-only", QT_TRANSLATE_NOOP("Outcome", "reply only")},
}};

constexpr int kSynAck = tcpflag::kSyn | tcpflag::kAck;

} // namespace

ConversationOutcome outcomeOf(const Way &request, const Way &reply, qint64 protocol)
{
    if (request.records + reply.records == 0)
        return ConversationOutcome::None;
    if (request.accepted() == 0 && reply.accepted() == 0)
        return ConversationOutcome::Rejected;
    if (request.accepted() == 0)
        return ConversationOutcome::ReplyOnly;
    if (reply.accepted() == 0)
        return reply.rejected > 0 ? ConversationOutcome::ReplyRejected : ConversationOutcome::NoReply;
    if (request.rejected + reply.rejected > 0)
        return ConversationOutcome::PartlyRejected;
    if (protocol != 6)
        return ConversationOutcome::Answered;
    if (reply.flags >= 0 && (reply.flags & tcpflag::kRst) && !(reply.flags & tcpflag::kSyn))
        return ConversationOutcome::Refused;
    const int flags = std::max(request.flags, 0) | std::max(reply.flags, 0);
    return (flags & tcpflag::kRst) ? ConversationOutcome::Reset : ConversationOutcome::Established;
}

QString outcomeName(ConversationOutcome o)
{
    return QCoreApplication::translate("Outcome", kNames[std::size_t(o)].name);
}

QString outcomeKey(ConversationOutcome o)
{
    return QString::fromLatin1(kNames[std::size_t(o)].key);
}

std::optional<ConversationOutcome> parseOutcome(const QString &key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const Named &n : kNames)
        if (n.outcome != ConversationOutcome::None && k == QLatin1String(n.key))
            return n.outcome;
    return std::nullopt;
}

bool isPortless(qint64 protocol, qint64 srcPort, qint64 dstPort)
{
    return protocol == 1 || protocol == 58 || srcPort < 0 || dstPort < 0;
}

bool isReply(qint64 protocol, qint64 srcPort, qint64 dstPort, bool rejected, int flags)
{
    if (protocol == 6 && flags >= 0) {
        if ((flags & kSynAck) == kSynAck)
            return true;
        if (flags & tcpflag::kSyn)
            return false;
    }
    if (srcPort >= dstPort)
        return false;
    return !rejected || (srcPort < 1024 && dstPort >= 1024);
}

} // namespace vpclens
