// SPDX-License-Identifier: GPL-3.0-or-later
// The names a workspace keeps for addresses outside the estate (topology/addressbook.h): the analyst's
// blocks and names, and AWS's ip-ranges.json when the analyst stored a newer copy than the one
// VpcLens ships. Kept in the workspace's meta table as JSON text: data, never code.
#pragma once

#include "topology/addressbook.h"

#include <memory>

namespace vpclens {

class Workspace;

// The analyst's names over AWS's ranges (the workspace's copy, else the shipped one).
std::shared_ptr<const AddressBook> loadAddressBook(const Workspace &ws);
// Names a block (an empty name removes it). Throws sql::Error.
void setAddressName(Workspace &ws, const IpCidr &block, const QString &name);
// Keeps a newer ip-ranges.json in the workspace; false with the reason when it is not one.
bool storeAwsRanges(Workspace &ws, const QByteArray &json, QString *error);

} // namespace vpclens
