// SPDX-License-Identifier: GPL-3.0-or-later
// "Show Captured Packets": a record's connection as the packet captures hold it, the way Wireshark
// lists packets: number (the frame in its capture file), time to the microsecond, direction, TCP
// flags, length, the first payload bytes (text, and hex below for the selected packet).
#pragma once

#include "query/capturepackets.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace vpclens {

class PacketsDialog : public QDialog
{
    Q_OBJECT
public:
    PacketsDialog(const FlowRecord &record, const CapturedFlows &found, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString wiresharkFilter() const { return m_wireshark; } // the connection, for Wireshark's display filter

private:
    void showBytes();

    CapturedFlows m_found;
    QString m_wireshark;
    QTreeWidget *m_list;
    QPlainTextEdit *m_bytes;
};

} // namespace vpclens
