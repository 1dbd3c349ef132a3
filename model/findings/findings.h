// SPDX-License-Identifier: GPL-3.0-or-later
// A review of the estate: every check (findings/checks.h) over the configuration and the flow logs,
// with the flow-log coverage that qualifies every "unused". The CLI's `findings` and the Findings view.
#pragma once

#include "findings/checks.h"
#include "findings/finding.h"

#include <QJsonObject>

namespace vpclens {

struct FindingsReport {
    QList<Finding> findings; // most severe first, then by check and resource
    QJsonObject coverage;    // per VPC: its flow logs, and its interfaces seen logging
    bool explained = false;  // the records were explained since the last import (else no "unused")
};

FindingsReport reviewEstate(const Workspace &ws, const Estate &estate, const CheckOptions &options = {});
// The same on a connection of its own (for a worker thread); empty when the workspace cannot be read.
FindingsReport loadFindings(const QString &workspacePath, const Estate &estate, const CheckOptions &options = {});

// How a note about the finding names it (workspace/notes.h): the check and its rule, else its
// resources; stable while the finding stands.
QString findingSubject(const Finding &finding);

// {"findings": [{"check", "severity", "resources", "rule", "summary", "evidence": {...}}], "coverage": {...}}
QJsonObject findingsJson(const FindingsReport &report);

// Options from a checks file the analyst writes (JSON): "sensitive_ports": [22, 3389, ...],
// "scan_ports": 10, "authorised_sources": {"22": ["203.0.113.0/24"]}, "segments": {"prod": ["vpc-...",
// "subnet-...", "sg-...", "10.1.0.0/16"], ...}, "must_not_reach": [["prod", "dev"]],
// "internet_facing": ["subnet-..."].
// Returns false with the reason when the file is not one.
bool readCheckOptions(const QString &path, CheckOptions *options, QString *error);

} // namespace vpclens
