// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli bench-graph: graph build and Graphviz layout times per level, for a workspace's estate
// or a synthetic one of a chosen size, with the peak memory.
#include "commands.h"

#include "base/processstats.h"
#include "graph/graphlayout.h"
#include "topology/estate.h"
#include "topology/rulenames.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace vpclens::cli {
namespace {

// VPCs of 3 AZs x 3 tiers (public, app, data), ENIs spread over the subnets, one IGW and NAT per VPC,
// a route table per tier, a NACL per tier, a security group per tier referencing the tier in front.
Estate syntheticEstate(int vpcCount, int eniCount)
{
    Estate e;
    int eni = 0;
    const int subnetsTotal = vpcCount * 9;
    for (int v = 0; v < vpcCount; ++v) {
        Vpc vpc;
        vpc.id = QStringLiteral("vpc-%1").arg(v, 8, 16, QLatin1Char('0'));
        vpc.name = QStringLiteral("vpc-%1").arg(v);
        vpc.cidrs = {Ipv4Cidr{(10u << 24) | (std::uint32_t(v) << 16), 16}};
        vpc.igw = QStringLiteral("igw-%1").arg(v, 8, 16, QLatin1Char('0'));
        e.vpcs.insert(vpc.id, vpc);
        const char *tiers[] = {"public", "app", "data"};
        for (int t = 0; t < 3; ++t) {
            RouteTable rt;
            rt.id = QStringLiteral("rtb-%1-%2").arg(v).arg(t);
            rt.vpcId = vpc.id;
            const QString local = QStringLiteral("10.%1.0.0/16").arg(v);
            rt.routes = {Route{vpc.cidrs.front(), {}, local, QStringLiteral("local"), false, routeName(rt.id, local)}};
            Route def{Ipv4Cidr{0, 0}, {}, QStringLiteral("0.0.0.0/0"), t == 0 ? vpc.igw : QStringLiteral("nat-%1").arg(v), false,
                      routeName(rt.id, QStringLiteral("0.0.0.0/0"))};
            if (t < 2)
                rt.routes.push_back(def);
            e.routeTables.insert(rt.id, rt);
            NetworkAcl acl;
            acl.id = QStringLiteral("acl-%1-%2").arg(v).arg(t);
            acl.vpcId = vpc.id;
            e.nacls.insert(acl.id, acl);
            SecurityGroup sg;
            sg.id = QStringLiteral("sg-%1-%2").arg(v).arg(t);
            sg.name = QLatin1String(tiers[t]);
            sg.vpcId = vpc.id;
            SgRule in;
            in.protocol = 6;
            in.ports = {443, 443};
            if (t == 0)
                in.cidrs = {Ipv4Cidr{0, 0}};
            else
                in.groups = {QStringLiteral("sg-%1-%2").arg(v).arg(t - 1)};
            sg.ingress = {in};
            e.securityGroups.insert(sg.id, sg);
            for (int az = 0; az < 3; ++az) {
                Subnet s;
                s.id = QStringLiteral("subnet-%1-%2-%3").arg(v).arg(t).arg(az);
                s.name = QStringLiteral("%1-%2").arg(QLatin1String(tiers[t])).arg(QChar(u'a' + az));
                s.vpcId = vpc.id;
                s.az = QStringLiteral("us-east-1%1").arg(QChar(u'a' + az));
                s.cidr = Ipv4Cidr{(10u << 24) | (std::uint32_t(v) << 16) | (std::uint32_t(t * 3 + az) << 8), 24};
                s.routeTable = rt.id;
                s.nacl = acl.id;
                e.subnets.insert(s.id, s);
                const int index = v * 9 + t * 3 + az;
                const int here = eniCount / subnetsTotal + (index < eniCount % subnetsTotal ? 1 : 0);
                for (int i = 0; i < here; ++i, ++eni) {
                    Eni n;
                    n.id = QStringLiteral("eni-%1").arg(eni, 17, 16, QLatin1Char('0'));
                    n.subnetId = s.id;
                    n.vpcId = vpc.id;
                    n.instanceId = QStringLiteral("i-%1").arg(eni, 17, 16, QLatin1Char('0'));
                    n.privateIps = {s.cidr.network | std::uint32_t(10 + i)};
                    n.groups = {sg.id};
                    e.enis.insert(n.id, n);
                    e.privateOwner.insert(n.privateIps.front(), n.id);
                }
            }
        }
        NatGateway nat;
        nat.id = QStringLiteral("nat-%1").arg(v);
        nat.subnetId = QStringLiteral("subnet-%1-0-0").arg(v);
        e.natGateways.insert(nat.id, nat);
    }
    return e;
}

} // namespace

int runBenchGraph(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Build and lay out the topology graph at each level; print the times and the peak memory."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Use this workspace's estate."), QStringLiteral("file"));
    const QCommandLineOption vpcs(QStringLiteral("vpcs"), tr("Synthetic estate: VPCs (default 20)."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption enis(QStringLiteral("enis"), tr("Synthetic estate: interfaces (default 3000)."), QStringLiteral("n"), QStringLiteral("3000"));
    parser.addOptions({workspace, vpcs, enis});
    QTextStream out(stdout);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    Estate estate;
    QString what;
    if (parser.isSet(workspace)) {
        auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
        if (!ws)
            return Failure;
        estate = loadEstate(*ws);
        what = parser.value(workspace);
    } else {
        estate = syntheticEstate(std::max(1, parser.value(vpcs).toInt()), std::max(0, parser.value(enis).toInt()));
        what = tr("synthetic estate");
    }
    out << tr("%1: %2 VPCs, %3 subnets, %4 ENIs\n").arg(what).arg(estate.vpcs.size()).arg(estate.subnets.size()).arg(estate.enis.size());
    for (GraphLevel level : {GraphLevel::Vpc, GraphLevel::Subnet, GraphLevel::Eni}) {
        GraphOptions o;
        o.level = level;
        QElapsedTimer t;
        t.start();
        const TopologyGraph g = buildTopologyGraph(estate, o);
        const qint64 build = t.elapsed();
        t.restart();
        const GraphLayout l = layoutGraph(g);
        const qint64 layout = t.elapsed();
        out << tr("  %1 level: %2 nodes, %3 clusters, %4 edges; built in %5 ms, laid out in %6 ms; page %7 x %8 pt\n")
                   .arg(graphLevelName(level), -6)
                   .arg(l.nodes.size()).arg(l.clusters.size()).arg(l.edges.size()).arg(build).arg(layout)
                   .arg(qRound(l.bounds.width())).arg(qRound(l.bounds.height()));
        out.flush();
    }
    out << tr("peak RSS: %1 MiB\n").arg(peakRssMiB(), 0, 'f', 1);
    return Success;
}

} // namespace vpclens::cli
