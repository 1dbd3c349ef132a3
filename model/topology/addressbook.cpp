// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/addressbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vpclens {

IpAddress networkOf(const IpAddress &a, int prefix)
{
    IpAddress n = a;
    if (prefix <= 0)
        return IpAddress(); // ::
    if (prefix <= 64) {
        n.hi = prefix == 64 ? a.hi : a.hi & ~(~0ULL >> prefix);
        n.lo = 0;
    } else if (prefix < 128) {
        n.lo = a.lo & ~(~0ULL >> (prefix - 64));
    }
    return n;
}

void AddressBook::name(const IpCidr &block, const QString &name)
{
    m_named[std::size_t(std::clamp(block.prefix, 0, 128))].insert(networkOf(block.network, block.prefix), name);
}

bool AddressBook::loadAwsRanges(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonObject top = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!top.value(QLatin1String("prefixes")).isArray()) {
        *error = QStringLiteral("not AWS's ip-ranges.json (no \"prefixes\" list)");
        return false;
    }
    Table table;
    qsizetype count = 0;
    for (const auto &[list, field] : {std::pair{"prefixes", "ip_prefix"}, {"ipv6_prefixes", "ipv6_prefix"}})
        for (const QJsonValue v : top.value(QLatin1String(list)).toArray()) {
            const QJsonObject p = v.toObject();
            const auto block = parseIpCidr(p.value(QLatin1String(field)).toString().toStdString());
            const QString service = p.value(QLatin1String("service")).toString();
            if (!block || service.isEmpty())
                continue;
            QString &label = table[std::size_t(block->prefix)][networkOf(block->network, block->prefix)];
            if (label.isEmpty() || (label.startsWith(QLatin1String("AWS AMAZON ")) && service != QLatin1String("AMAZON"))) {
                label = QStringLiteral("AWS %1 %2").arg(service, p.value(QLatin1String("region")).toString()).trimmed();
                ++count;
            }
        }
    if (count == 0) {
        *error = QStringLiteral("not AWS's ip-ranges.json (no prefix with a service)");
        return false;
    }
    m_aws = std::move(table);
    m_awsCount = count;
    m_awsDate = top.value(QLatin1String("createDate")).toString().left(10);
    return true;
}

const QString *AddressBook::find(const Table &table, const IpAddress &a)
{
    for (int prefix = 128; prefix >= (a.isV4() ? 96 : 0); --prefix) {
        const auto &byNetwork = table[std::size_t(prefix)];
        if (byNetwork.isEmpty())
            continue;
        if (const auto it = byNetwork.constFind(networkOf(a, prefix)); it != byNetwork.cend())
            return &*it;
    }
    return nullptr;
}

QString AddressBook::nameOf(const IpAddress &a) const
{
    if (const QString *n = find(m_named, a))
        return *n;
    const QString *n = find(m_aws, a);
    return n ? *n : QString();
}

QString AddressBook::sourceOf(const IpAddress &a) const
{
    if (find(m_named, a))
        return QStringLiteral("named in the workspace");
    return find(m_aws, a) ? QStringLiteral("AWS ip-ranges.json of %1").arg(m_awsDate) : QString();
}

QList<std::pair<IpCidr, QString>> AddressBook::names() const
{
    QList<std::pair<IpCidr, QString>> out;
    for (int prefix = 0; prefix <= 128; ++prefix)
        for (auto it = m_named[std::size_t(prefix)].cbegin(); it != m_named[std::size_t(prefix)].cend(); ++it)
            out.append({IpCidr(it.key(), prefix), it.value()});
    return out;
}

const AddressBook &shippedAwsRanges()
{
    static const AddressBook book = [] {
        AddressBook b;
        QFile f(QStringLiteral(":/data/aws-ip-ranges.json"));
        QString error;
        if (f.open(QIODevice::ReadOnly))
            b.loadAwsRanges(f.readAll(), &error);
        return b;
    }();
    return book;
}

} // namespace vpclens
