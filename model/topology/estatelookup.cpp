// SPDX-License-Identifier: GPL-3.0-or-later
// The estate's lookups by what an analyst types or sees: an endpoint by address, id or Name tag, a
// resource's display name, who holds an address.
#include "topology/estate.h"

#include <optional>

namespace vpclens {

const Subnet *Estate::subnetOf(const Eni &eni) const
{
    const auto it = subnets.constFind(eni.subnetId);
    return it == subnets.cend() ? nullptr : &*it;
}

std::optional<IpAddress> Estate::resolveEndpoint(const QString &text, bool v6) const
{
    QString eni = text.trimmed();
    if (!eni.startsWith(QLatin1String("i-")) && !eni.startsWith(QLatin1String("eni-")) && !ip(eni)) {
        // An instance's Name tag ("bastion"), when exactly one instance carries it.
        QStringList named;
        for (auto it = instanceNames.cbegin(); it != instanceNames.cend(); ++it)
            if (it.value() == eni)
                named << it.key();
        if (named.size() != 1)
            return std::nullopt;
        eni = named.first();
    }
    if (eni.startsWith(QLatin1String("i-")))
        eni = instanceEni.value(eni);
    if (eni.startsWith(QLatin1String("eni-"))) {
        const auto it = enis.constFind(eni);
        if (it == enis.cend())
            return std::nullopt;
        for (const IpAddress &a : it->privateIps)
            if (a.isV4() != v6)
                return a;
        return std::nullopt;
    }
    return ip(text.trimmed());
}

std::optional<std::pair<IpAddress, IpAddress>> Estate::resolveEndpoints(const QString &src, const QString &dst) const
{
    const auto literal = [](const QString &t) { return ip(t.trimmed()); };
    const auto ls = literal(src), ld = literal(dst);
    const bool v6 = (ls && !ls->isV4()) || (ld && !ld->isV4());
    const auto s = resolveEndpoint(src, v6), d = resolveEndpoint(dst, v6);
    if (!s || !d || s->isV4() != d->isV4())
        return std::nullopt;
    return std::pair{*s, *d};
}

QString Estate::displayName(const QString &id) const
{
    QString name;
    if (auto it = securityGroups.constFind(id); it != securityGroups.cend()) name = it->name;
    else if (auto n = nacls.constFind(id); n != nacls.cend()) name = n->name;
    else if (auto t = routeTables.constFind(id); t != routeTables.cend()) name = t->name;
    else if (auto s = subnets.constFind(id); s != subnets.cend()) name = s->name;
    else if (auto v = vpcs.constFind(id); v != vpcs.cend()) name = v->name;
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QString Estate::nameOf(const IpAddress &address) const
{
    QString eniId = privateOwner.value(address);
    if (eniId.isEmpty())
        eniId = publicOwner.value(address);
    const auto eni = enis.constFind(eniId);
    if (eniId.isEmpty() || eni == enis.cend())
        return eniId;
    if (!eni->instanceId.isEmpty())
        return instanceNames.value(eni->instanceId, eni->instanceId);
    return eni->description.isEmpty() ? eni->id : eni->description;
}

QString Estate::outsideName(const IpAddress &address) const
{
    return addressBook ? addressBook->nameOf(address) : shippedAwsRanges().nameOf(address);
}

QString Estate::labelOf(const IpAddress &address) const
{
    const QString held = nameOf(address);
    return held.isEmpty() ? outsideName(address) : held;
}

} // namespace vpclens
