// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/resourcekind.h"
#include "topology/topologyresource.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace vpclens {
namespace {

const QRegularExpression &regionPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d$"));
    return re;
}

bool isAccountId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{12}$"));
    return re.match(s).hasMatch();
}

QString nameTag(const QJsonObject &o)
{
    for (const char *key : {"Tags", "TagSet"}) {
        const QJsonArray tags = o.value(QLatin1String(key)).toArray();
        for (const auto &t : tags) {
            const QJsonObject tag = t.toObject();
            if (tag.value(QLatin1String("Key")).toString() == QLatin1String("Name"))
                return tag.value(QLatin1String("Value")).toString();
        }
    }
    for (const char *key : {"GroupName", "LoadBalancerName", "TargetGroupName", "PrefixListName", "ServiceName"}) {
        const QString v = o.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString stateOf(const QJsonObject &o)
{
    for (const char *key : {"State", "Status", "VpcEndpointState"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isObject()) {
            const QJsonObject s = v.toObject();
            for (const char *inner : {"Name", "Code"})
                if (s.value(QLatin1String(inner)).isString())
                    return s.value(QLatin1String(inner)).toString();
        }
    }
    return {};
}

bool isGoneState(const QString &s)
{
    static const QStringList gone = {QStringLiteral("deleted"), QStringLiteral("deleting"), QStringLiteral("failed"),
                                     QStringLiteral("terminated"), QStringLiteral("shutting-down"),
                                     QStringLiteral("rejected"), QStringLiteral("expired"), QStringLiteral("released")};
    return gone.contains(s.toLower());
}

QString vpcOf(const QJsonObject &o)
{
    QString v = o.value(QLatin1String("VpcId")).toString();
    if (!v.isEmpty())
        return v;
    for (const char *key : {"Attachments", "VpcAttachments"}) {
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        if (!a.isEmpty() && a.first().toObject().contains(QLatin1String("VpcId")))
            return a.first().toObject().value(QLatin1String("VpcId")).toString();
    }
    v = o.value(QLatin1String("RequesterVpcInfo")).toObject().value(QLatin1String("VpcId")).toString();
    if (!v.isEmpty())
        return v;
    if (o.value(QLatin1String("ResourceType")).toString() == QLatin1String("vpc"))
        return o.value(QLatin1String("ResourceId")).toString();
    return {};
}

// arn:partition:service:region:account:resource
void scopeFromArn(const QString &arn, QString &region, QString &account)
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts[0] != QLatin1String("arn"))
        return;
    if (region.isEmpty() && regionPattern().match(parts[3]).hasMatch())
        region = parts[3];
    if (account.isEmpty() && isAccountId(parts[4]))
        account = parts[4];
}

void fillScope(const QJsonObject &o, const QJsonObject &parent, TopologyResource &r)
{
    for (const QJsonObject *src : {&o, &parent}) {
        if (r.account.isEmpty()) {
            for (const char *key : {"OwnerId", "TransitGatewayOwnerId", "ResourceOwnerId"}) {
                const QString a = src->value(QLatin1String(key)).toString();
                if (isAccountId(a)) { r.account = a; break; }
            }
            const QString req = src->value(QLatin1String("RequesterVpcInfo")).toObject().value(QLatin1String("OwnerId")).toString();
            if (r.account.isEmpty() && isAccountId(req))
                r.account = req;
        }
    }
    for (auto it = o.begin(); it != o.end() && (r.region.isEmpty() || r.account.isEmpty()); ++it)
        if (it.key().endsWith(QLatin1String("Arn")) && it.value().isString())
            scopeFromArn(it.value().toString(), r.region, r.account);
    if (r.region.isEmpty()) {
        QString az = o.value(QLatin1String("AvailabilityZone")).toString();
        if (az.isEmpty())
            az = o.value(QLatin1String("Placement")).toObject().value(QLatin1String("AvailabilityZone")).toString();
        if (az.isEmpty()) {
            const QJsonArray azs = o.value(QLatin1String("AvailabilityZones")).toArray();
            if (!azs.isEmpty())
                az = azs.first().toObject().value(QLatin1String("ZoneName")).toString();
        }
        while (!az.isEmpty() && az.back().isLetter())
            az.chop(1);
        if (regionPattern().match(az).hasMatch())
            r.region = az;
    }
}

QString idFromFileName(const QString &path, const char *prefix)
{
    const QString base = QFileInfo(path).completeBaseName();
    if (prefix && *prefix) {
        static const QRegularExpression idChars(QStringLiteral("[0-9a-zA-Z-]+"));
        const int at = base.indexOf(QLatin1String(prefix));
        if (at >= 0)
            return idChars.match(base, at).captured(0);
    }
    return base;
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

} // namespace

QDateTime parseAwsTimestamp(const QString &text)
{
    QString s = text.trimmed();
    if (s.size() > 10 && s[10] == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

PathScope scopeFromPath(const QString &path)
{
    PathScope scope;
    const QStringList parts = QFileInfo(path).absoluteFilePath().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (regionPattern().match(p).hasMatch())
            scope.region = p;
        else if (isAccountId(p))
            scope.account = p;
        else if ((p == QLatin1String("account-data") || p == QLatin1String("accounts")) && i + 2 < parts.size())
            scope.account = parts[i + 1]; // collectors name the folder after the account (or an alias)
    }
    return scope;
}

TopologyFile readTopologyFile(const QString &path)
{
    TopologyFile out;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return out;
    }
    out.modified = QFileInfo(file).lastModified().toUTC();
    const QByteArray data = file.readAll();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("%1:%2: invalid JSON: %3").arg(path).arg(lineOfOffset(data, err.offset)).arg(err.errorString());
        return out;
    }
    if (!doc.isObject()) {
        out.skippedReason = QStringLiteral("%1: not an AWS CLI export (the top level is not a JSON object)").arg(path);
        return out;
    }
    QJsonObject top = doc.object();
    // A boto3 response recorded as it came (placebo: {"status_code": 200, "data": {...}}): the
    // response is the export.
    if (top.value(QLatin1String("data")).isObject() && top.contains(QLatin1String("status_code")))
        top = top.value(QLatin1String("data")).toObject();
    const ResourceKindInfo *info = nullptr;
    for (auto it = top.begin(); it != top.end() && !info; ++it) {
        const ResourceKindInfo *candidate = kindForJsonKey(it.key());
        if (candidate && (it.value().isArray() || (candidate->idSource == IdSource::WholeField && it.value().isObject())))
            info = candidate;
    }
    if (!info) {
        out.skippedReason = QStringLiteral("%1: not a supported AWS export (top-level keys: %2)")
                                .arg(path, top.keys().mid(0, 4).join(QStringLiteral(", ")));
        return out;
    }
    out.jsonKey = QLatin1String(info->jsonKey);
    const PathScope pathScope = scopeFromPath(path);
    const QJsonArray items = top.value(out.jsonKey).toArray();

    auto add = [&](const QJsonObject &o, const QJsonObject &parent, const QString &id) {
        TopologyResource r;
        r.kind = QLatin1String(info->kind);
        r.id = id;
        r.vpcId = vpcOf(o);
        r.name = nameTag(o);
        r.state = stateOf(o);
        r.deleted = isGoneState(r.state);
        fillScope(o, parent, r);
        r.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
        out.resources.append(std::move(r));
    };

    if (info->idSource == IdSource::WholeField) {
        // One resource for the whole export, its id in a field of it.
        const QString id = top.value(QLatin1String(info->idField)).toString();
        if (id.isEmpty())
            out.problems.append(QStringLiteral("%1: %2 without %3; skipped").arg(path, out.jsonKey, QLatin1String(info->idField)));
        else
            add(top, {}, id);
    } else if (info->idSource != IdSource::Field) {
        // One resource for the whole export; the id comes from the file name.
        add(top, {}, idFromFileName(path, info->idPrefix));
    } else {
        const QStringList idFields = QString::fromLatin1(info->idField).split(QLatin1Char('|'));
        auto idOf = [&](const QJsonObject &o) {
            for (const QString &f : idFields)
                if (!o.value(f).toString().isEmpty())
                    return o.value(f).toString();
            return QString();
        };
        int index = 0;
        constexpr qsizetype kMaxProblems = 100; // one per element skipped, then a count
        qsizetype skippedUnlisted = 0;
        for (const auto &item : items) {
            ++index;
            const QJsonObject o = item.toObject();
            if (info->childArray) {
                for (const auto &child : o.value(QLatin1String(info->childArray)).toArray())
                    if (const QString id = idOf(child.toObject()); !id.isEmpty())
                        add(child.toObject(), o, id);
            } else if (const QString id = idOf(o); !id.isEmpty()) {
                add(o, {}, id);
            } else if (out.problems.size() < kMaxProblems) {
                out.problems.append(QStringLiteral("%1: %2[%3] has no %4; element skipped")
                                        .arg(path, out.jsonKey).arg(index - 1).arg(idFields.join(QStringLiteral(" or "))));
            } else {
                ++skippedUnlisted;
            }
        }
        if (skippedUnlisted > 0)
            out.problems.append(QStringLiteral("%1: %2 more elements of %3 have no %4 and were skipped")
                                    .arg(path).arg(skippedUnlisted).arg(out.jsonKey, idFields.join(QStringLiteral(" or "))));
    }

    // Fill the scope from the path, then from the file's other resources.
    QString fileAccount = pathScope.account, fileRegion = pathScope.region;
    for (const auto &r : std::as_const(out.resources)) {
        if (fileAccount.isEmpty() && !r.account.isEmpty())
            fileAccount = r.account;
        if (fileRegion.isEmpty() && !r.region.isEmpty())
            fileRegion = r.region;
    }
    for (auto &r : out.resources) {
        if (r.account.isEmpty())
            r.account = fileAccount.isEmpty() ? QStringLiteral("unknown") : fileAccount;
        if (r.region.isEmpty())
            r.region = fileRegion.isEmpty() ? QStringLiteral("unknown") : fileRegion;
    }
    return out;
}

} // namespace vpclens
