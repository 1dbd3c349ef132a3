// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/storednames.h"

#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vpclens {
namespace {

constexpr auto kNamesKey = "names/addresses";     // {"203.0.113.0/24": "office", ...}
constexpr auto kRangesKey = "names/aws-ip-ranges"; // a copy of ip-ranges.json, compact

QJsonObject storedNames(const Workspace &ws)
{
    return QJsonDocument::fromJson(ws.meta(QLatin1String(kNamesKey)).toUtf8()).object();
}

} // namespace

std::shared_ptr<const AddressBook> loadAddressBook(const Workspace &ws)
{
    auto book = std::make_shared<AddressBook>(shippedAwsRanges());
    if (const QString ranges = ws.meta(QLatin1String(kRangesKey)); !ranges.isEmpty()) {
        QString error; // stored only after it parsed; a damaged copy leaves the shipped one
        book->loadAwsRanges(ranges.toUtf8(), &error);
    }
    const QJsonObject names = storedNames(ws);
    for (auto it = names.begin(); it != names.end(); ++it)
        if (const auto block = parseIpCidr(it.key().toStdString()); block && it.value().isString())
            book->name(*block, it.value().toString());
    return book;
}

void setAddressName(Workspace &ws, const IpCidr &block, const QString &name)
{
    QJsonObject names = storedNames(ws);
    if (name.trimmed().isEmpty())
        names.remove(formatCidr(block));
    else
        names.insert(formatCidr(block), name.trimmed());
    ws.setMeta(QLatin1String(kNamesKey), QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
}

bool storeAwsRanges(Workspace &ws, const QByteArray &json, QString *error)
{
    AddressBook check;
    if (!check.loadAwsRanges(json, error))
        return false;
    ws.setMeta(QLatin1String(kRangesKey), QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact)));
    return true;
}

} // namespace vpclens
