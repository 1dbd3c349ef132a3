// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-trace panel: "can A reach B?" Pick a source and destination (addresses, eni-/i- ids or an
// internet address), a protocol and a port; see every hop, the rule that decided, and the reply path.
#pragma once

#include "trace/ruletrace.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace vpclens {

class TracePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TracePanel(QWidget *parent = nullptr);
    ~TracePanel() override;

    // The estate to evaluate against (nullptr clears the panel). `snapshotNote` says when it is not
    // the current topology (a record traced against the snapshot in force when it started).
    void setEstate(std::shared_ptr<const Estate> estate, const QString &snapshotNote = {});
    const Estate *estate() const { return m_estate.get(); }
    QString snapshotNote() const;
    // Fills the form and traces: "tcp"/"udp"/"icmp" or a number; for ICMP the port is the type.
    // `logged`: the action the flow log recorded (ACCEPT/REJECT) when tracing a record; a mismatch is flagged.
    void traceFlow(const QString &source, const QString &destination, const QString &protocol, int port, const QString &logged = {});
    QString verdictText() const;
    // A record with nothing to trace (NODATA, SKIPDATA: no addresses): the form empties and says why.
    void showUntraceable(const QString &why);

signals:
    void componentActivated(const QString &id); // a hop's security group, NACL or route table was clicked
    // "Add Note for the Report…" on the hops: the trace shown, as the note's subject.
    void noteRequested(const QString &subject);

private:
    void runTrace();
    void showTrace(const Trace &trace);

    std::shared_ptr<const Estate> m_estate;
    QString m_logged; // the logged action of the record being traced, until its trace is shown
    QString m_traced; // the packet traced and its verdict, "10.0.0.20 -> 10.10.20.41 tcp 5432: reject"
    QLineEdit *m_source;      // owned by the layout
    QLineEdit *m_destination; // owned by the layout
    QComboBox *m_protocol;    // owned by the layout
    QSpinBox *m_port;         // owned by the layout
    QLabel *m_verdict;        // owned by the layout
    QLabel *m_snapshot;       // owned by the layout
    QTreeWidget *m_hops;      // owned by the layout
};

} // namespace vpclens
