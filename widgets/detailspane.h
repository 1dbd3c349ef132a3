// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the selected resource: its kind, id, name and raw JSON as exported by the AWS CLI.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace vpclens {

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showResource(const QString &title, const QByteArray &rawJson);
    void clear();

private:
    QLabel *m_title;        // owned by the layout
    QPlainTextEdit *m_json; // owned by the layout
};

} // namespace vpclens
