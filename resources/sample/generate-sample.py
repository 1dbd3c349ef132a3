#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the VpcLens sample estate: AWS CLI JSON exports and six hours of VPC Flow Logs.

The output is committed; this script documents how it was made and regenerates it byte for byte
(fixed seed, fixed times). Run from anywhere: python3 resources/sample/generate-sample.py
"""
import gzip, io, json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ACCT, REGION = "111122223333", "eu-central-1"
T0 = 1748762400  # 2025-06-01T07:20:00Z, a Sunday morning
HOURS = 6
rnd = random.Random(20250601)

def tags(name): return [{"Key": "Name", "Value": name}]
def ts(sec):
    import datetime
    return datetime.datetime.fromtimestamp(sec, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

VPCS = {
    "vpc-0a1b2c3d4e5f60001": ("shop-prod", "10.10.0.0/16"),
    "vpc-0a1b2c3d4e5f60002": ("shared-services", "10.20.0.0/16"),
}
A, B = list(VPCS)
SUBNETS = {  # id: (name, vpc, cidr, az, public)
    "subnet-0aa0000000000a001": ("public-a", A, "10.10.0.0/24", "a", True),
    "subnet-0aa0000000000b001": ("public-b", A, "10.10.1.0/24", "b", True),
    "subnet-0aa0000000000a010": ("app-a", A, "10.10.10.0/24", "a", False),
    "subnet-0aa0000000000b010": ("app-b", A, "10.10.11.0/24", "b", False),
    "subnet-0aa0000000000a020": ("data-a", A, "10.10.20.0/24", "a", False),
    "subnet-0aa0000000000b020": ("data-b", A, "10.10.21.0/24", "b", False),
    "subnet-0bb0000000000a001": ("tools-a", B, "10.20.0.0/24", "a", False),
    "subnet-0bb0000000000b001": ("tools-b", B, "10.20.1.0/24", "b", False),
}
SN = {v[0]: k for k, v in SUBNETS.items()}
IGW, NAT, PCX, VPCE = "igw-0c0ffee000000a001", "nat-0c0ffee000000a002", "pcx-0c0ffee000000a003", "vpce-0c0ffee000000a004"
S3_PL = "pl-6ea54007"
NAT_EIP = "3.120.50.5"
SG = {
    "web": "sg-0d00000000000web1", "app": "sg-0d00000000000app1", "db": "sg-0d000000000000db1",
    "bastion": "sg-0d0000000000bast1", "tools": "sg-0d000000000tools1",
    "defaultA": "sg-0d0000000000defa1", "defaultB": "sg-0d0000000000defb1",
}
OFFICE = "203.0.113.0/24"

def perm(proto, lo, hi, cidrs=(), groups=(), desc=None):
    p = {"IpProtocol": proto, "IpRanges": [{"CidrIp": c, **({"Description": desc} if desc else {})} for c in cidrs],
         "Ipv6Ranges": [], "PrefixListIds": [], "UserIdGroupPairs": [{"GroupId": g, "UserId": ACCT} for g in groups]}
    if proto != "-1":
        p["FromPort"], p["ToPort"] = lo, hi
    return p
ALL_OUT = [perm("-1", 0, 0, ["0.0.0.0/0"])]
def sg(gid, name, vpc, desc, ingress, egress=ALL_OUT):
    return {"Description": desc, "GroupName": name, "IpPermissions": ingress, "OwnerId": ACCT, "GroupId": gid,
            "IpPermissionsEgress": egress, "Tags": tags(name), "VpcId": vpc}
SECURITY_GROUPS = [
    sg(SG["web"], "web-sg", A, "Public web tier", [perm("tcp", 443, 443, ["0.0.0.0/0"], desc="HTTPS from anywhere"),
        perm("tcp", 80, 80, ["0.0.0.0/0"], desc="HTTP redirect"), perm("tcp", 22, 22, groups=[SG["bastion"]])]),
    sg(SG["app"], "app-sg", A, "Application tier", [perm("tcp", 8080, 8080, groups=[SG["web"]]),
        perm("tcp", 22, 22, groups=[SG["bastion"]])]),
    sg(SG["db"], "db-sg", A, "PostgreSQL", [perm("tcp", 5432, 5432, groups=[SG["app"]]),
        perm("tcp", 5432, 5432, groups=[SG["bastion"]])], egress=[]),
    sg(SG["bastion"], "bastion-sg", A, "SSH bastion", [perm("tcp", 22, 22, [OFFICE], desc="Office"),
        perm("icmp", 8, -1, ["0.0.0.0/0"], desc="Ping")]),
    sg(SG["tools"], "tools-sg", B, "Monitoring and CI", [perm("tcp", 443, 443, ["10.10.0.0/16"]),
        perm("tcp", 9100, 9100, groups=[SG["app"]])]),
    sg(SG["defaultA"], "default", A, "default VPC security group", [perm("-1", 0, 0, groups=[SG["defaultA"]])]),
    sg(SG["defaultB"], "default", B, "default VPC security group", [perm("-1", 0, 0, groups=[SG["defaultB"]])]),
]

def entry(n, egress, proto, action, cidr, lo=None, hi=None, icmp=None):
    e = {"CidrBlock": cidr, "Egress": egress, "Protocol": proto, "RuleAction": action, "RuleNumber": n}
    if lo is not None: e["PortRange"] = {"From": lo, "To": hi}
    if icmp is not None: e["IcmpTypeCode"] = {"Code": -1, "Type": icmp}
    return e
def star(): return [entry(32767, False, "-1", "deny", "0.0.0.0/0"), entry(32767, True, "-1", "deny", "0.0.0.0/0")]
def acl(aid, vpc, name, default, subnets, entries):
    return {"Associations": [{"NetworkAclAssociationId": "aclassoc-" + s[-8:] + aid[-4:], "NetworkAclId": aid, "SubnetId": s} for s in subnets],
            "Entries": entries + star(), "IsDefault": default, "NetworkAclId": aid, "Tags": tags(name), "VpcId": vpc, "OwnerId": ACCT}
NACLS = [
    acl("acl-0e000000000000a01", A, "shop-default", True, [SN["app-a"], SN["app-b"]],
        [entry(100, False, "-1", "allow", "0.0.0.0/0"), entry(100, True, "-1", "allow", "0.0.0.0/0")]),
    acl("acl-0e000000000000a02", A, "public-nacl", False, [SN["public-a"], SN["public-b"]], [
        entry(100, False, "6", "allow", "0.0.0.0/0", 443, 443), entry(110, False, "6", "allow", "0.0.0.0/0", 80, 80),
        entry(120, False, "6", "allow", OFFICE, 22, 22), entry(130, False, "6", "allow", "0.0.0.0/0", 1024, 65535),
        entry(140, False, "1", "allow", "0.0.0.0/0", icmp=8), entry(150, False, "-1", "allow", "10.10.0.0/16"),
        entry(100, True, "6", "allow", "0.0.0.0/0", 1024, 65535), entry(110, True, "6", "allow", "0.0.0.0/0", 80, 80),
        entry(120, True, "6", "allow", "0.0.0.0/0", 443, 443), entry(130, True, "-1", "allow", "10.10.0.0/16")]),
    acl("acl-0e000000000000a03", A, "data-nacl", False, [SN["data-a"], SN["data-b"]], [
        entry(90, False, "6", "deny", "10.10.0.0/24", 0, 65535), entry(100, False, "6", "allow", "10.10.0.0/16", 5432, 5432),
        entry(110, False, "6", "allow", "0.0.0.0/0", 1024, 65535),
        entry(100, True, "6", "allow", "10.10.0.0/16", 1024, 65535), entry(110, True, "6", "allow", "0.0.0.0/0", 443, 443)]),
    acl("acl-0e000000000000b01", B, "shared-default", True, [SN["tools-a"], SN["tools-b"]],
        [entry(100, False, "-1", "allow", "0.0.0.0/0"), entry(100, True, "-1", "allow", "0.0.0.0/0")]),
]

def route(dest, **target):
    r = {"State": "active", "Origin": "CreateRoute"}
    if dest.startswith("pl-"): r["DestinationPrefixListId"] = dest
    else: r["DestinationCidrBlock"] = dest
    r.update(target)
    return r
def local(cidr): return {"DestinationCidrBlock": cidr, "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"}
def rtb(rid, vpc, name, main, subnets, routes):
    assoc = [{"Main": False, "RouteTableAssociationId": "rtbassoc-" + s[-8:], "RouteTableId": rid, "SubnetId": s,
              "AssociationState": {"State": "associated"}} for s in subnets]
    if main: assoc.append({"Main": True, "RouteTableAssociationId": "rtbassoc-main" + rid[-4:], "RouteTableId": rid,
                           "AssociationState": {"State": "associated"}})
    return {"Associations": assoc, "PropagatingVgws": [], "RouteTableId": rid, "Routes": routes, "Tags": tags(name), "VpcId": vpc, "OwnerId": ACCT}
ROUTE_TABLES = [
    rtb("rtb-0f000000000000a01", A, "public-rt", False, [SN["public-a"], SN["public-b"]],
        [local("10.10.0.0/16"), route("10.20.0.0/16", VpcPeeringConnectionId=PCX), route("0.0.0.0/0", GatewayId=IGW)]),
    rtb("rtb-0f000000000000a02", A, "private-rt", False, [SN["app-a"], SN["app-b"]],
        [local("10.10.0.0/16"), route("10.20.0.0/16", VpcPeeringConnectionId=PCX), route(S3_PL, GatewayId=VPCE),
         route("0.0.0.0/0", NatGatewayId=NAT)]),
    rtb("rtb-0f000000000000a03", A, "data-rt", True, [SN["data-a"], SN["data-b"]],
        [local("10.10.0.0/16"), route(S3_PL, GatewayId=VPCE)]),
    rtb("rtb-0f000000000000b01", B, "shared-main", True, [],
        [local("10.20.0.0/16"), route("10.10.0.0/16", VpcPeeringConnectionId=PCX)]),
]

# name: (eni, instance, subnet, private ip, public ip, sgs)
HOSTS = {
    "web-1": ("eni-01000000000000001", "i-0100000000000001a", "public-a", "10.10.0.11", "3.120.10.11", ["web"]),
    "web-2": ("eni-01000000000000002", "i-0100000000000002a", "public-b", "10.10.1.12", "3.120.10.12", ["web"]),
    "bastion": ("eni-01000000000000003", "i-0100000000000003a", "public-a", "10.10.0.20", "3.120.10.20", ["bastion"]),
    "app-1": ("eni-01000000000000004", "i-0100000000000004a", "app-a", "10.10.10.31", None, ["app"]),
    "app-2": ("eni-01000000000000005", "i-0100000000000005a", "app-b", "10.10.11.32", None, ["app"]),
    "db-1": ("eni-01000000000000006", "i-0100000000000006a", "data-a", "10.10.20.41", None, ["db"]),
    "db-2": ("eni-01000000000000007", "i-0100000000000007a", "data-b", "10.10.21.42", None, ["db"]),
    "tools-1": ("eni-02000000000000001", "i-0200000000000001a", "tools-a", "10.20.0.10", None, ["tools"]),
}
NAT_ENI, NAT_IP = "eni-01000000000000009", "10.10.0.5"
def subnet_of(h): return SN[HOSTS[h][2]]
def eni_json(eni, subnet, ip, pub, groups, desc, instance=None, itype="interface", requester=None):
    name, vpc, cidr, az, _ = SUBNETS[subnet]
    e = {"AvailabilityZone": REGION + az, "Description": desc, "Groups": [{"GroupId": SG[g], "GroupName": g + "-sg"} for g in groups],
         "InterfaceType": itype, "Ipv6Addresses": [], "MacAddress": "02:%02x:00:00:00:01" % (int(eni[-2:], 16)),
         "NetworkInterfaceId": eni, "OwnerId": ACCT, "PrivateIpAddress": ip,
         "PrivateIpAddresses": [{"Primary": True, "PrivateIpAddress": ip}], "RequesterManaged": requester is not None,
         "SourceDestCheck": True, "Status": "in-use", "SubnetId": subnet, "TagSet": [], "VpcId": vpc}
    if pub:
        e["Association"] = {"IpOwnerId": "amazon", "PublicIp": pub}
        e["PrivateIpAddresses"][0]["Association"] = {"IpOwnerId": "amazon", "PublicIp": pub}
    if instance:
        e["Attachment"] = {"AttachmentId": "eni-attach-" + eni[-8:], "DeleteOnTermination": True, "DeviceIndex": 0,
                           "InstanceId": instance, "InstanceOwnerId": ACCT, "Status": "attached"}
    if requester: e["RequesterId"] = requester
    return e
ENIS = [eni_json(e, SN[s], ip, pub, g, "Primary network interface", i) for n, (e, i, s, ip, pub, g) in HOSTS.items()]
ENIS.append(eni_json(NAT_ENI, SN["public-a"], NAT_IP, NAT_EIP, [], "Interface for NAT Gateway " + NAT, itype="nat_gateway", requester="AWS"))
ENIS[-1]["Groups"] = []

def instance(name):
    eni, iid, sn, ip, pub, groups = HOSTS[name]
    inst = {"AmiId": "ami-0d527b8c289b4af7f", "ImageId": "ami-0d527b8c289b4af7f", "InstanceId": iid, "InstanceType": "t3.small",
            "LaunchTime": ts(T0 - 86400 * 30), "Placement": {"AvailabilityZone": REGION + SUBNETS[SN[sn]][3], "Tenancy": "default"},
            "PrivateIpAddress": ip, "State": {"Code": 16, "Name": "running"}, "SubnetId": SN[sn], "VpcId": SUBNETS[SN[sn]][1],
            "SecurityGroups": [{"GroupId": SG[g], "GroupName": g + "-sg"} for g in groups], "SourceDestCheck": True,
            "Tags": tags(name), "NetworkInterfaces": [eni_json(eni, SN[sn], ip, pub, groups, "Primary network interface", iid)]}
    inst.pop("AmiId")
    if pub: inst["PublicIpAddress"] = pub
    return inst

TOPOLOGY = {
    "describe-vpcs.json": {"Vpcs": [{"CidrBlock": c, "CidrBlockAssociationSet": [{"AssociationId": "vpc-cidr-assoc-" + v[-6:], "CidrBlock": c,
        "CidrBlockState": {"State": "associated"}}], "DhcpOptionsId": "dopt-0123456789abcdef0", "InstanceTenancy": "default",
        "IsDefault": False, "OwnerId": ACCT, "State": "available", "Tags": tags(n), "VpcId": v} for v, (n, c) in VPCS.items()]},
    "describe-subnets.json": {"Subnets": [{"AvailabilityZone": REGION + az, "AvailabilityZoneId": "euc1-az" + {"a": "2", "b": "3"}[az],
        "AvailableIpAddressCount": 250, "CidrBlock": c, "DefaultForAz": False, "MapPublicIpOnLaunch": pub, "OwnerId": ACCT,
        "State": "available", "SubnetId": s, "SubnetArn": "arn:aws:ec2:%s:%s:subnet/%s" % (REGION, ACCT, s), "VpcId": v,
        "Tags": tags(n)} for s, (n, v, c, az, pub) in SUBNETS.items()]},
    "describe-security-groups.json": {"SecurityGroups": SECURITY_GROUPS},
    "describe-network-acls.json": {"NetworkAcls": NACLS},
    "describe-route-tables.json": {"RouteTables": ROUTE_TABLES},
    "describe-network-interfaces.json": {"NetworkInterfaces": ENIS},
    "describe-instances.json": {"Reservations": [{"Groups": [], "Instances": [instance(h)], "OwnerId": ACCT,
        "ReservationId": "r-0" + HOSTS[h][1][3:]} for h in HOSTS]},
    "describe-internet-gateways.json": {"InternetGateways": [{"Attachments": [{"State": "available", "VpcId": A}],
        "InternetGatewayId": IGW, "OwnerId": ACCT, "Tags": tags("shop-igw")}]},
    "describe-nat-gateways.json": {"NatGateways": [{"CreateTime": ts(T0 - 86400 * 30), "NatGatewayAddresses": [{"AllocationId": "eipalloc-0c0ffee0000000005",
        "NetworkInterfaceId": NAT_ENI, "PrivateIp": NAT_IP, "PublicIp": NAT_EIP}], "NatGatewayId": NAT, "State": "available",
        "SubnetId": SN["public-a"], "VpcId": A, "Tags": tags("shop-nat-a"), "ConnectivityType": "public"}]},
    "describe-vpc-peering-connections.json": {"VpcPeeringConnections": [{"AccepterVpcInfo": {"CidrBlock": "10.20.0.0/16", "OwnerId": ACCT,
        "VpcId": B, "Region": REGION}, "RequesterVpcInfo": {"CidrBlock": "10.10.0.0/16", "OwnerId": ACCT, "VpcId": A, "Region": REGION},
        "Status": {"Code": "active", "Message": "Active"}, "Tags": tags("shop-to-shared"), "VpcPeeringConnectionId": PCX}]},
    "describe-vpc-endpoints.json": {"VpcEndpoints": [{"VpcEndpointId": VPCE, "VpcEndpointType": "Gateway", "VpcId": A,
        "ServiceName": "com.amazonaws.%s.s3" % REGION, "State": "available", "RouteTableIds": ["rtb-0f000000000000a02", "rtb-0f000000000000a03"],
        "SubnetIds": [], "Groups": [], "PrivateDnsEnabled": False, "NetworkInterfaceIds": [], "DnsEntries": [],
        "CreationTimestamp": ts(T0 - 86400 * 30), "Tags": tags("s3-gateway"), "OwnerId": ACCT,
        "PolicyDocument": "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}"}]},
    "describe-prefix-lists.json": {"PrefixLists": [{"Cidrs": ["3.5.134.0/23", "3.5.136.0/22", "52.219.72.0/22", "52.219.140.0/24"],
        "PrefixListId": S3_PL, "PrefixListName": "com.amazonaws.%s.s3" % REGION}]},
    "describe-addresses.json": {"Addresses": [
        {"AllocationId": "eipalloc-0c0ffee0000000005", "AssociationId": "eipassoc-0c0ffee05", "Domain": "vpc", "NetworkInterfaceId": NAT_ENI,
         "NetworkInterfaceOwnerId": ACCT, "PrivateIpAddress": NAT_IP, "PublicIp": NAT_EIP, "PublicIpv4Pool": "amazon", "NetworkBorderGroup": REGION},
        {"AllocationId": "eipalloc-0c0ffee0000000006", "AssociationId": "eipassoc-0c0ffee06", "Domain": "vpc", "InstanceId": HOSTS["bastion"][1],
         "NetworkInterfaceId": HOSTS["bastion"][0], "NetworkInterfaceOwnerId": ACCT, "PrivateIpAddress": HOSTS["bastion"][3],
         "PublicIp": HOSTS["bastion"][4], "PublicIpv4Pool": "amazon", "NetworkBorderGroup": REGION, "Tags": tags("bastion-eip")}]},
    "describe-flow-logs.json": {"FlowLogs": [{"CreationTime": ts(T0 - 86400 * 30), "DeliverLogsStatus": "SUCCESS", "FlowLogId": fl,
        "FlowLogStatus": "ACTIVE", "ResourceId": v, "TrafficType": "ALL", "LogDestinationType": "s3",
        "LogDestination": "arn:aws:s3:::shop-flow-logs", "LogFormat": "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}",
        "MaxAggregationInterval": 600, "Tags": tags("flows-" + VPCS[v][0])} for v, fl in ((A, "fl-0aaaa00000000a001"), (B, "fl-0bbbb00000000b001"))]},
}

# ---- flow logs -------------------------------------------------------------------------------------
records = {A: [], B: []}  # (start, line)
def rec(vpc, eni, src, dst, sp, dp, proto, pk, by, start, action="ACCEPT", status="OK"):
    end = start + rnd.randint(5, 55)
    records[vpc].append((start, f"2 {ACCT} {eni} {src} {dst} {sp} {dp} {proto} {pk} {by} {start} {end} {action} {status}"))
def conn(vpc_a, eni_a, vpc_b, eni_b, src, dst, dp, start, proto=6, action_in="ACCEPT", reply=True, big=1.0):
    """A connection logged by both ENIs (eni None = outside the estate); both directions."""
    sp = rnd.randint(32768, 60999)
    pk = rnd.randint(4, 40); by = int(pk * rnd.randint(80, 1400) * big)
    if action_in == "REJECT":  # a refused connection attempt: one or two SYNs
        pk = rnd.randint(1, 2); by = 44 * pk
    rpk = max(1, pk - rnd.randint(0, 3)); rby = int(rpk * rnd.randint(60, 1400) * big)
    for vpc, eni in ((vpc_a, eni_a), (vpc_b, eni_b)):
        if eni is None: continue
        ingress_side = eni == eni_b
        act = action_in if ingress_side else "ACCEPT"
        rec(vpc, eni, src, dst, sp, dp, proto, pk, by, start, act)
        if reply and act == "ACCEPT" and action_in == "ACCEPT":
            rec(vpc, eni, dst, src, dp, sp, proto, rpk, rby, start)
def ip_of(h): return HOSTS[h][3]
def eni_of(h): return HOSTS[h][0]
def internet_client():
    return rnd.choice(["198.51.100.", "192.0.2.", "100.64.12.", "81.2.69.", "89.160.20."]) + str(rnd.randint(2, 250))

for minute in range(HOURS * 60):
    t = T0 + minute * 60
    busy = 1.0 + 0.8 * (minute / (HOURS * 60))  # the morning gets busier
    for _ in range(int(rnd.randint(2, 4) * busy)):  # web traffic from the internet
        web = rnd.choice(["web-1", "web-2"])
        conn(A, None, A, eni_of(web), internet_client(), ip_of(web), rnd.choice([443, 443, 443, 80]), t + rnd.randint(0, 59))
    if minute % 2 == 0:  # web -> app
        web, app = rnd.choice(["web-1", "web-2"]), rnd.choice(["app-1", "app-2"])
        conn(A, eni_of(web), A, eni_of(app), ip_of(web), ip_of(app), 8080, t + rnd.randint(0, 59))
    if minute % 3 == 0:  # app -> db
        app, db = rnd.choice(["app-1", "app-2"]), rnd.choice(["db-1", "db-2"])
        conn(A, eni_of(app), A, eni_of(db), ip_of(app), ip_of(db), 5432, t + rnd.randint(0, 59), big=2.0)
    if minute % 10 == 0:  # app -> S3 via the gateway endpoint
        app = rnd.choice(["app-1", "app-2"])
        conn(A, eni_of(app), A, None, ip_of(app), "52.219.72." + str(rnd.randint(1, 250)), 443, t + 5, big=8.0)
    if minute % 7 == 0:  # app -> internet through the NAT gateway (app ENI, then both sides of the NAT ENI)
        app = rnd.choice(["app-1", "app-2"]); dst = "151.101.%d.%d" % (rnd.randint(0, 255), rnd.randint(1, 250))
        s = t + 10
        conn(A, eni_of(app), A, None, ip_of(app), dst, 443, s)
        sp = rnd.randint(32768, 60999)
        rec(A, NAT_ENI, ip_of(app), NAT_IP, sp, 443, 6, 12, 2400, s)
        rec(A, NAT_ENI, NAT_IP, ip_of(app), 443, sp, 6, 10, 18000, s)
        rec(A, NAT_ENI, NAT_IP, dst, 21000 + sp % 1000, 443, 6, 12, 2400, s)
        rec(A, NAT_ENI, dst, NAT_IP, 443, 21000 + sp % 1000, 6, 10, 18000, s)
    if minute % 5 == 0:  # app -> tools over the peering (metrics scrape and HTTPS)
        app = rnd.choice(["app-1", "app-2"])
        conn(A, eni_of(app), B, eni_of("tools-1"), ip_of(app), ip_of("tools-1"), rnd.choice([9100, 443]), t + 20)
    if minute % 15 == 0:  # office SSH to the bastion, then bastion -> db (blocked by data-nacl rule 90)
        office = "203.0.113." + str(rnd.randint(10, 40))
        conn(A, None, A, eni_of("bastion"), office, ip_of("bastion"), 22, t + 3)
        db = rnd.choice(["db-1", "db-2"])
        sp = rnd.randint(32768, 60999)
        rec(A, eni_of("bastion"), ip_of("bastion"), ip_of(db), sp, 5432, 6, 3, 180, t + 30)
        rec(A, eni_of(db), ip_of("bastion"), ip_of(db), sp, 5432, 6, 3, 180, t + 30, "REJECT")
    if minute % 4 == 0:  # ping from the internet to the bastion: request accepted, reply blocked by public-nacl
        pinger = internet_client()
        rec(A, eni_of("bastion"), pinger, ip_of("bastion"), 0, 0, 1, 4, 336, t + 12)
        rec(A, eni_of("bastion"), ip_of("bastion"), pinger, 0, 0, 1, 4, 336, t + 12, "REJECT")
    # background noise from the internet: rejected by the security groups
    for _ in range(rnd.randint(0, 2)):
        target = rnd.choice(["web-1", "web-2", "bastion"])
        rec(A, eni_of(target), internet_client(), ip_of(target), rnd.randint(1024, 65000), rnd.choice([23, 445, 3389, 8080, 5900, 6379]),
            6, 1, 40, t + rnd.randint(0, 59), "REJECT")

# A port scan from one address across the public hosts around 10:00, with a fixed source port.
SCANNER = "45.155.205.99"
scan_t = T0 + 9000
for i, port in enumerate([21, 22, 23, 25, 53, 80, 110, 135, 139, 143, 443, 445, 993, 1433, 1521, 3306, 3389, 5432, 5900, 6379, 8080, 8443, 9200, 27017]):
    for target in ("web-1", "web-2", "bastion"):
        ok = port in (80, 443) and target != "bastion"
        conn(A, None, A, eni_of(target), SCANNER, ip_of(target), port, scan_t + i, action_in="ACCEPT" if ok else "REJECT", reply=ok)

# Idle tools-b ENI windows: NODATA; one capacity gap: SKIPDATA.
for hour in range(HOURS):
    start = T0 + hour * 3600
    records[B].append((start, f"2 {ACCT} eni-02000000000000002 - - - - - - - {start} {start + 600} - NODATA"))
records[A].append((T0 + 7200, f"2 {ACCT} {eni_of('web-2')} - - - - - - - {T0 + 7200} {T0 + 7260} - SKIPDATA"))

HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"
def write_flow_logs(root):
    import datetime
    for vpc, fl in ((A, "fl-0aaaa00000000a001"), (B, "fl-0bbbb00000000b001")):
        rows = sorted(records[vpc])
        for hour in range(HOURS):
            lo, hi = T0 + hour * 3600, T0 + (hour + 1) * 3600
            chunk = [line for s, line in rows if lo <= s < hi]
            end = datetime.datetime.fromtimestamp(hi, datetime.timezone.utc)
            d = os.path.join(root, "AWSLogs", ACCT, "vpcflowlogs", REGION, end.strftime("%Y"), end.strftime("%m"), end.strftime("%d"))
            os.makedirs(d, exist_ok=True)
            name = f"{ACCT}_vpcflowlogs_{REGION}_{fl}_{end.strftime('%Y%m%dT%H%MZ')}_{(hour * 2654435761 + len(chunk)) & 0xffffffff:08x}.log.gz"
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
                gz.write(("\n".join([HEADER] + chunk) + "\n").encode())
            open(os.path.join(d, name), "wb").write(buf.getvalue())

if __name__ == "__main__":
    for sub in ("topology", "flowlogs"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "topology"))
    for name, doc in TOPOLOGY.items():
        with open(os.path.join(HERE, "topology", name), "w") as f:
            json.dump(doc, f, indent=4)
            f.write("\n")
    write_flow_logs(os.path.join(HERE, "flowlogs"))
    print("records:", {VPCS[v][0]: len(r) for v, r in records.items()})
