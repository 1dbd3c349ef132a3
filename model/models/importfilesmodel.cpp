// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importfilesmodel.h"

#include "base/timetext.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace vpclens {

ImportFilesModel::ImportFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportFilesModel::reload(const Workspace *ws)
{
    beginResetModel();
    m_files = ws ? ws->imports() : QList<ImportRecord>{};
    endResetModel();
}

int ImportFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return ImportFilesModel::tr("imported");
    if (status == QLatin1String("failed"))
        return ImportFilesModel::tr("failed");
    if (status == QLatin1String("error"))
        return ImportFilesModel::tr("not readable");
    if (status == QLatin1String("skipped"))
        return ImportFilesModel::tr("skipped: nothing VpcLens reads");
    return status;
}

} // namespace

QVariant ImportFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const ImportRecord &f = m_files[index.row()];
    const bool bad = f.notRead(); // skipped is no failure
    if (role == SortRole) {
        switch (index.column()) {
        case ImportedAt: return f.id; // import order: ties in the second stay in order
        case Records: return f.records;
        case BadLines: return f.badLines;
        case Size: return f.size;
        case Path: return f.path;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case ImportedAt: return formatTime(f.importedAt.toSecsSinceEpoch());
        case Kind: return f.kind == QLatin1String("flows") ? tr("flow log") : tr("topology");
        case Status: return statusText(f.status);
        case Records: return locale.toString(f.records);
        case BadLines: return f.badLines ? locale.toString(f.badLines) : QString();
        case Size: return locale.formattedDataSize(f.size);
        case Path: return QFileInfo(f.path).fileName(); // the folder in the tooltip; sorting and filtering see the whole path
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Path)
        return f.path;
    if (role == Qt::TextAlignmentRole && (index.column() == Records || index.column() == BadLines || index.column() == Size))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (bad || (index.column() == BadLines && f.badLines > 0)))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    return {};
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportedAt: return tr("Imported (UTC)");
    case Kind: return tr("Kind");
    case Status: return tr("Result");
    case Records: return tr("Records");
    case BadLines: return tr("Bad lines");
    case Size: return tr("Size");
    case Path: return tr("File");
    default: return {};
    }
}

} // namespace vpclens
