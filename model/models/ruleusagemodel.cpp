// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ruleusagemodel.h"

#include "base/timetext.h"

#include <QLocale>

namespace vpclens {

void RuleUsageModel::setRules(QList<RuleUsage> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

void RuleUsageModel::setUtc(bool utc)
{
    m_utc = utc;
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, FirstSeen), index(int(m_rules.size()) - 1, LastSeen));
}

int RuleUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleUsageModel::stateText(const RuleUsage &u) const
{
    const QLatin1String state(usageState(u));
    if (state == QLatin1String("used"))
        return tr("used");
    if (state == QLatin1String("unused"))
        return tr("unused");
    if (!u.explained)
        return tr("no evidence (not explained since the last import)");
    if (u.interfaces == 0 && u.configured)
        return tr("no evidence (applies to no interface)");
    if (!u.notLogging.isEmpty())
        return tr("no evidence (not logging: %1)").arg(u.notLogging.join(QStringLiteral(", ")));
    if (!u.partlyLogged.isEmpty())
        return tr("no evidence (the flow log records only ACCEPT or REJECT on %1)").arg(u.partlyLogged.join(QStringLiteral(", ")));
    if (!u.undetermined.isEmpty())
        return tr("no evidence (records not credited to a rule on %1)").arg(u.undetermined.join(QStringLiteral(", ")));
    if (!u.gaps.isEmpty())
        return tr("no evidence (gaps in the flow logs: %1)").arg(u.gaps.join(QStringLiteral("; ")));
    return tr("no evidence (no longer configured)");
}

QVariant RuleUsageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const RuleUsage &u = m_rules[index.row()];
    if (role == NameRole)
        return u.name;
    if (role == StateRole)
        return QLatin1String(usageState(u));
    if (role == SortRole) {
        switch (index.column()) {
        case Records: return u.records;
        case Rejected: return u.rejected;
        case Connections: return u.connections;
        case Bytes: return u.bytes;
        case FirstSeen: return u.firstSeen;
        case LastSeen: return u.lastSeen;
        default: role = Qt::DisplayRole;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Rule)
        return u.resource;
    if (role == Qt::TextAlignmentRole && index.column() >= Records && index.column() <= Bytes)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Rule: return u.name;
    case State: return stateText(u);
    case Records: return locale.toString(u.records);
    case Rejected: return locale.toString(u.rejected);
    case Connections: return locale.toString(u.connections);
    case Bytes: return locale.formattedDataSize(u.bytes, 1, QLocale::DataSizeIecFormat);
    case FirstSeen: return u.firstSeen ? formatTime(u.firstSeen, m_utc) : QString();
    case LastSeen: return u.lastSeen ? formatTime(u.lastSeen, m_utc) : QString();
    case Says: return u.text;
    default: return {};
    }
}

QVariant RuleUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule: return tr("Rule");
    case State: return tr("State");
    case Records: return tr("Records");
    case Rejected: return tr("Refused");
    case Connections: return tr("Connections");
    case Bytes: return tr("Bytes");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case Says: return tr("Says");
    default: return {};
    }
}

} // namespace vpclens
