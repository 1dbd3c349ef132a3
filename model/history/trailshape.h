// SPDX-License-Identifier: GPL-3.0-or-later
// CloudTrail's request parameters and response elements in the shape `aws ec2 describe-*` prints.
// EC2 logs either lower camel case with lists as {"items": [...]} ("ipPermissions", "routeSet") or,
// for newer calls, an XML echo ({"CreateNatGatewayRequest": {"SubnetId": ..., "Tag": {"content":
// ..., "tag": 1}}}, lists as {"item": ...}); both become PascalCase keys and plain arrays
// ("IpPermissions", "Routes", "Tags"), so an event's effect is written once against the export's shape.
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace vpclens {

QJsonValue describeShape(const QJsonValue &v);
// The parameters of a call: the XML echo's single "...Request"/"...Response" object unwrapped, then
// describeShape.
QJsonObject describeParameters(const QJsonObject &logged);

} // namespace vpclens
