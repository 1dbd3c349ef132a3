// SPDX-License-Identifier: GPL-3.0-or-later
// A resource's details in a readable form, beside its raw JSON: a security group as its rule table, a
// NACL as its entries in the order AWS evaluates them, a route table's routes, an interface with the
// rules in effect on it (its groups' and its subnet's NACL's, each way), a subnet and a VPC with their
// blocks and how full they are, a VPC's DNS attributes and the quotas it uses. Rules and entries carry
// the filter that lists the records they decided (`rule == ...`, after explain).
#pragma once

#include "base/detailitem.h"

#include <QJsonObject>

#include <functional>

namespace vpclens {

class Estate;

// The exported JSON of a resource by kind and id (empty when there is none).
using JsonLookup = std::function<QJsonObject(const QString &kind, const QString &id)>;

// Empty for a kind without a readable form (its JSON says it all).
QList<DetailItem> resourceDetails(const Estate &estate, const QString &kind, const QString &id, const JsonLookup &json);

} // namespace vpclens
