// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/configuration.h"

#include "history/eventeffect.h"
#include "history/trailimporter.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace vpclens {
namespace {

struct ScopeSnapshot {
    QString scope; // account/region
    qint64 snapshot = 0, takenAt = 0;
};

QList<ScopeSnapshot> scopeSnapshots(const Workspace &ws)
{
    QList<ScopeSnapshot> out;
    sql::Statement q(ws.handle(), "SELECT s.account, s.region, n.id, n.taken_at FROM snapshot_scopes s JOIN snapshots n ON n.id = s.snapshot_id "
                                  "ORDER BY n.taken_at, n.id");
    while (q.step())
        out.append({q.text(0) + QLatin1Char('/') + q.text(1), q.int64(2), q.int64(3)});
    return out;
}

QString regionOf(const QString &scope)
{
    return scope.section(QLatin1Char('/'), 1);
}

// The scope an event belongs to among `scopes`: its account and region, else its region alone (an
// export that did not say its account), else none.
QString scopeOf(const TrailEvent &e, const QStringList &scopes)
{
    const QString exact = e.account + QLatin1Char('/') + e.region;
    if (scopes.contains(exact))
        return exact;
    for (const QString &s : scopes)
        if (regionOf(s) == e.region)
            return s;
    return {};
}

QString describe(const TrailEvent &e, const QString &why)
{
    return QStringLiteral("%1 %2 by %3: %4")
        .arg(QDateTime::fromMSecsSinceEpoch(e.time, Qt::UTC).toString(Qt::ISODate), e.name, e.actor.isEmpty() ? QStringLiteral("?") : e.actor, why);
}

void applyAll(ResourceSet &set, const QList<TrailEvent> &events, QStringList &notes, int *applied = nullptr)
{
    for (const TrailEvent &e : events) {
        const QString problem = applyEvent(set, e);
        if (problem.isEmpty()) {
            if (applied)
                ++*applied;
        } else if (notes.size() < 500) {
            notes.append(describe(e, problem));
        }
    }
}

bool appliedStatus(const TrailEvent &e)
{
    return e.status == TrailEvent::Status::Applied;
}

} // namespace

Configuration configurationAt(const Workspace &ws, qint64 atMs)
{
    Configuration out;
    const sql::ReadTransaction snapshot(ws.handle());
    // Per scope: the newest snapshot at or before the moment, else the oldest.
    QHash<QString, ScopeSnapshot> chosen;
    for (const ScopeSnapshot &s : scopeSnapshots(ws)) {
        const auto it = chosen.find(s.scope);
        if (it == chosen.end() || s.takenAt * 1000 <= atMs)
            chosen.insert(s.scope, s);
    }
    QHash<qint64, QStringList> bySnapshot;
    for (const ScopeSnapshot &s : std::as_const(chosen))
        bySnapshot[s.snapshot].append(s.scope);
    for (auto it = bySnapshot.cbegin(); it != bySnapshot.cend(); ++it) {
        ResourceSet part = snapshotResources(ws, it.key(), &it.value());
        out.resources.merge(part);
    }
    const QStringList scopes = chosen.keys();
    for (const TrailEvent &e : trailEvents(ws, std::nullopt, atMs)) {
        if (!appliedStatus(e))
            continue;
        const QString scope = scopeOf(e, scopes);
        const qint64 since = scope.isEmpty() ? std::numeric_limits<qint64>::min() : chosen.value(scope).takenAt * 1000;
        if (e.time <= since)
            continue;
        const QString problem = applyEvent(out.resources, e);
        if (problem.isEmpty())
            out.applied.append(e);
        else if (out.notes.size() < 500)
            out.notes.append(describe(e, problem));
    }
    return out;
}

QList<qint64> configurationTimes(const Workspace &ws)
{
    QList<qint64> out;
    for (const qint64 t : ws.snapshotTimes())
        out.append(t * 1000);
    if (ws.hasTable("trail_events")) {
        sql::Statement q(ws.handle(), "SELECT DISTINCT time FROM trail_events WHERE status = 'applied'");
        while (q.step())
            out.append(q.int64(0));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

ReproductionCheck checkReproduction(const Workspace &ws, qint64 from, qint64 to)
{
    ReproductionCheck check;
    check.from = from;
    check.to = to;
    const sql::ReadTransaction snapshot(ws.handle());
    QHash<qint64, qint64> takenAt;
    QHash<qint64, QSet<QString>> scopes;
    for (const ScopeSnapshot &s : scopeSnapshots(ws)) {
        takenAt.insert(s.snapshot, s.takenAt);
        scopes[s.snapshot].insert(s.scope);
    }
    QSet<QString> common = scopes.value(from);
    common.intersect(scopes.value(to));
    check.scopes = QStringList(common.cbegin(), common.cend());
    check.scopes.sort();
    ResourceSet derived = snapshotResources(ws, from, &check.scopes);
    QList<TrailEvent> between;
    QSet<QString> newVpcs;
    for (const TrailEvent &e : trailEvents(ws, takenAt.value(from) * 1000 + 1, takenAt.value(to) * 1000))
        if (appliedStatus(e) && !scopeOf(e, check.scopes).isEmpty())
            between.append(e);
    applyAll(derived, between, check.notes, &check.events);
    for (const TrailEvent &e : std::as_const(between))
        if (e.name == QLatin1String("CreateVpc"))
            for (const QString &id : e.resources)
                if (id.startsWith(QLatin1String("vpc-")))
                    newVpcs.insert(id);
    const ResourceSet actual = snapshotResources(ws, to, &check.scopes);
    for (const SnapshotChange &c : diffResources(derived, actual, DiffMode::Reachability)) {
        // What AWS creates with a VPC (its main route table, default network ACL and default group)
        // is in the export but in no event.
        const auto it = actual.find({c.resourceKind, c.resource});
        if (c.kind == SnapshotChange::Kind::Added && it != actual.end() && newVpcs.contains(it->second.summary.vpcId)
            && c.detail.endsWith(QLatin1String(" added"))) {
            const QJsonObject &j = it->second.json;
            const QJsonArray associations = j.value(QLatin1String("Associations")).toArray();
            const bool main = std::any_of(associations.begin(), associations.end(), [](const QJsonValue &a) { return a[QLatin1String("Main")].toBool(); });
            if (j.value(QLatin1String("IsDefault")).toBool() || j.value(QLatin1String("GroupName")).toString() == QLatin1String("default") || main) {
                ++check.createdByAws;
                continue;
            }
        }
        check.differences.append(c);
    }
    return check;
}

QList<ReproductionCheck> checkSnapshots(const Workspace &ws)
{
    QList<ReproductionCheck> out;
    if (!ws.hasTable("trail_events"))
        return out;
    const QList<ScopeSnapshot> all = scopeSnapshots(ws);
    QList<QPair<qint64, qint64>> pairs; // (from, to)
    for (qsizetype i = 0; i < all.size(); ++i)
        for (qsizetype j = i + 1; j < all.size(); ++j)
            if (all[j].scope == all[i].scope && all[j].snapshot != all[i].snapshot) {
                if (!pairs.contains({all[i].snapshot, all[j].snapshot}))
                    pairs.append({all[i].snapshot, all[j].snapshot});
                break;
            }
    for (const auto &[from, to] : pairs) {
        ReproductionCheck c = checkReproduction(ws, from, to);
        if (c.events > 0 || !c.notes.isEmpty())
            out.append(std::move(c));
    }
    return out;
}

} // namespace vpclens
