// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli names: names for addresses outside the estate (topology/addressbook.h), kept in the
// workspace: the analyst's blocks ("office", "partner VPN") and a newer copy of AWS's ip-ranges.json.
// Listed, or looked up for an address.
#include "commands.h"

#include "workspace/sqlite.h"
#include "workspace/storednames.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace vpclens::cli {

int runNames(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Name addresses outside the estate: blocks of your own (an office, a partner's VPN) and AWS's "
                                        "published ranges (a copy of ip-ranges.json ships with VpcLens; --aws-ip-ranges keeps a newer one "
                                        "in the workspace). The names show in the record details, the conversations and query's names. "
                                        "Without options: the names kept."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption add(QStringLiteral("add"), tr("Name a block: CIDR=NAME (203.0.113.0/24=office); repeatable."), QStringLiteral("cidr=name"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Forget a block's name; repeatable."), QStringLiteral("cidr"));
    const QCommandLineOption ranges(QStringLiteral("aws-ip-ranges"), tr("Keep this copy of AWS's ip-ranges.json in the workspace."), QStringLiteral("file"));
    const QCommandLineOption lookup(QStringLiteral("lookup"), tr("Print the name of this address, and where it comes from."), QStringLiteral("address"));
    parser.addOptions({workspace, add, remove, ranges, lookup});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    const auto bad = [&](const QString &why) {
        err << tr("names: %1\n").arg(why);
        return BadArguments;
    };
    if (!parser.isSet(workspace))
        return bad(tr("--workspace is required"));
    QList<std::pair<IpCidr, QString>> named;
    for (const QString &a : parser.values(add)) {
        const auto block = parseIpCidr(a.section(QLatin1Char('='), 0, 0).trimmed().toStdString());
        const QString name = a.section(QLatin1Char('='), 1).trimmed();
        if (!block || name.isEmpty())
            return bad(tr("'%1' is not CIDR=NAME (203.0.113.0/24=office)").arg(a));
        named.append({*block, name});
    }
    for (const QString &r : parser.values(remove)) {
        const auto block = parseIpCidr(r.trimmed().toStdString());
        if (!block)
            return bad(tr("'%1' is not a CIDR block").arg(r));
        named.append({*block, QString()});
    }
    std::optional<IpAddress> address;
    if (parser.isSet(lookup) && !(address = parseIp(parser.value(lookup).trimmed().toStdString())))
        return bad(tr("'%1' is not an IPv4 or IPv6 address").arg(parser.value(lookup)));
    QByteArray rangesJson;
    if (parser.isSet(ranges)) {
        QFile f(parser.value(ranges));
        if (!f.open(QIODevice::ReadOnly))
            return bad(tr("%1: cannot open: %2").arg(parser.value(ranges), f.errorString()));
        rangesJson = f.readAll();
    }
    const bool writes = !named.isEmpty() || parser.isSet(ranges);
    auto ws = openWorkspaceOrSay(parser.value(workspace), writes ? Access::Write : Access::Read);
    if (!ws)
        return Failure;
    try {
        if (parser.isSet(ranges)) {
            QString error;
            if (!storeAwsRanges(*ws, rangesJson, &error)) {
                err << tr("names: %1: %2\n").arg(parser.value(ranges), error);
                return Failure;
            }
        }
        for (const auto &[block, name] : std::as_const(named))
            setAddressName(*ws, block, name);
        const auto book = loadAddressBook(*ws);
        if (address) {
            const QString name = book->nameOf(*address);
            out << (name.isEmpty() ? tr("%1: no name\n").arg(formatIp(*address))
                                   : QStringLiteral("%1\t%2\t%3\n").arg(formatIp(*address), name, book->sourceOf(*address)));
            return Success;
        }
        for (const auto &[block, name] : book->names())
            out << formatCidr(block) << '\t' << name << '\n';
        out << tr("AWS ip-ranges.json of %1: %2\n").arg(book->awsDate(), counted(QT_TRANSLATE_N_NOOP("cli", "%1 prefix(es)"), book->awsPrefixes()));
    } catch (const sql::Error &e) {
        err << tr("names: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    return Success;
}

} // namespace vpclens::cli
