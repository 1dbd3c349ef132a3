// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS resource kinds VpcLens reads, and how each is recognised in an AWS CLI export.
#pragma once

#include <QString>

#include <span>

namespace vpclens {

enum class IdSource {
    Field,    // the id is a field of each element
    FileName, // the export carries no id of its own (get-managed-prefix-list-entries for one list)
    Whole,    // the whole document is one resource, id from the file name
    WholeField, // the whole document is one resource, id in its idField (describe-vpc-attribute)
};

struct ResourceKindInfo {
    const char *kind;       // stable name stored in the workspace ("vpc", "subnet", ...)
    const char *jsonKey;    // top-level key of the CLI output ("Vpcs")
    const char *idField;    // field holding the id ("VpcId"); fallback after '|'
    const char *childArray; // elements are nested one level down (Reservations[].Instances[])
    IdSource idSource;
    const char *idPrefix;   // expected id prefix when taken from the file name ("pl-")
    const char *title;      // English plural shown in the UI (translated by the caller)
};

// Every recognised top-level key, in display order.
std::span<const ResourceKindInfo> resourceKinds();
// The entry for a top-level key, or nullptr.
const ResourceKindInfo *kindForJsonKey(const QString &key);
// The display title for a stored kind name ("vpc" -> "VPCs"); the name itself when unknown.
QString kindTitle(const QString &kind);
// Display order of a stored kind name (unknown kinds last).
int kindOrder(const QString &kind);

} // namespace vpclens
