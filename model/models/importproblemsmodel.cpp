// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importproblemsmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace vpclens {

ImportProblemsModel::ImportProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemsModel::reload(const Workspace *ws)
{
    beginResetModel();
    m_problems = ws ? ws->importErrors(kMaxRows) : QList<ImportError>{};
    m_total = ws ? ws->importErrorCount() : 0;
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The reasons the importers store, in words.
QString reasonText(const QString &reason)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("field-count"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "wrong number of fields")},
        {QStringLiteral("separator"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "fields not separated by one space")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "not a number, or out of range")},
        {QStringLiteral("port"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "not a port")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "not an IP address")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "action not ACCEPT, REJECT or -")},
        {QStringLiteral("log-status"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "log status not OK, NODATA or SKIPDATA")},
        {QStringLiteral("truncated"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "file cut short")},
        {QStringLiteral("too-long"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "line too long to be a record")},
        {QStringLiteral("altered"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "data fails its integrity check")},
        {QStringLiteral("more"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "more bad lines, counted, not listed")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "file not read")},
        {QStringLiteral("json"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "not a readable AWS export")},
        {QStringLiteral("element"), QT_TRANSLATE_NOOP("vpclens::ImportProblemsModel", "an element of an AWS export skipped")},
    };
    const auto it = words.constFind(reason);
    return it == words.cend() ? reason : ImportProblemsModel::tr(*it);
}

} // namespace

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const ImportError &p = m_problems[index.row()];
    if (role == SortRole) {
        switch (index.column()) {
        case File: return p.file;
        case Line: return p.line;
        case Reason: return p.reason;
        case Text: return p.text;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return QFileInfo(p.file).fileName();
        case Line: return p.line > 0 ? QLocale().toString(p.line) : QString();
        case Reason: return reasonText(p.reason);
        case Text: return QString(p.text).replace(QLatin1Char('\t'), QStringLiteral("\u2192")); // a tab is a reason: show it
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return p.file;
        if (index.column() == Reason)
            return p.reason; // the stored code, as the CLI prints it
        if (index.column() == Text)
            return p.text;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case Reason: return tr("Problem");
    case Text: return tr("Text");
    default: return {};
    }
}

QString ImportProblemsModel::lineText(int row) const
{
    if (row < 0 || row >= m_problems.size())
        return {};
    return m_problems[row].toLine();
}

} // namespace vpclens
