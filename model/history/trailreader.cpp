// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/trailreader.h"

#include "flowlog/gzipinflater.h"
#include "history/networkchanges.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace vpclens {
namespace {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(std::min<qsizetype>(offset, text.size())).count('\n')) + 1;
}

QString sourceShort(const QString &source)
{
    return source.isEmpty() ? QStringLiteral("(no eventSource)") : source;
}

// The whole file, inflated when it is gzip; an error (and no text) when it cannot be read whole.
QByteArray readWhole(const QString &path, qint64 maxBytes, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > maxBytes) {
        error = QStringLiteral("%1: %2 bytes, more than the %3 a CloudTrail file is read whole up to").arg(path).arg(file.size()).arg(maxBytes);
        return {};
    }
    const QByteArray raw = file.readAll();
    if (raw.size() < 2 || uchar(raw[0]) != 0x1f || uchar(raw[1]) != 0x8b)
        return raw;
    GzipInflater inflater;
    inflater.setInput(reinterpret_cast<const unsigned char *>(raw.constData()), std::size_t(raw.size()));
    QByteArray out;
    constexpr std::size_t chunk = 1 << 20;
    bool ended = false;
    while (true) {
        const qsizetype at = out.size();
        out.resize(at + qsizetype(chunk));
        std::size_t written = 0;
        const auto rc = inflater.inflate(out.data() + at, chunk, written);
        out.resize(at + qsizetype(written));
        if (rc == GzipInflater::Result::Damaged) {
            error = QStringLiteral("%1: damaged gzip data: %2").arg(path, inflater.error());
            return {};
        }
        if (out.size() > maxBytes) {
            error = QStringLiteral("%1: more than %2 bytes once decompressed; not read").arg(path).arg(maxBytes);
            return {};
        }
        ended = rc == GzipInflater::Result::MemberEnd || (ended && written == 0);
        if (rc == GzipInflater::Result::MemberEnd && inflater.availableInput() == 0)
            break;
        if (rc == GzipInflater::Result::Ok && written == 0 && inflater.availableInput() == 0) {
            if (!ended) {
                error = QStringLiteral("%1: the gzip data ends early (a partial download?)").arg(path);
                return {};
            }
            break;
        }
    }
    return out;
}

class Reader
{
public:
    explicit Reader(TrailFile &out) : m_out(out) {}

    // A JSON value that holds records: the S3 object, lookup-events, an array, an envelope.
    // False when it holds none of them.
    bool visit(const QJsonValue &v, int line)
    {
        if (v.isArray()) {
            bool any = false;
            for (const QJsonValue &e : v.toArray())
                any = visit(e, line) || any;
            return any || v.toArray().isEmpty();
        }
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("Records")).isArray()) {
            for (const QJsonValue &r : o.value(QLatin1String("Records")).toArray())
                record(r, line);
            return true;
        }
        if (o.value(QLatin1String("Events")).isArray()) { // aws cloudtrail lookup-events
            for (const QJsonValue &e : o.value(QLatin1String("Events")).toArray()) {
                const QJsonValue inner = e.toObject().value(QLatin1String("CloudTrailEvent"));
                if (!inner.isString()) {
                    record(e, line);
                    continue;
                }
                QJsonParseError pe{};
                const QJsonDocument d = QJsonDocument::fromJson(inner.toString().toUtf8(), &pe);
                if (pe.error != QJsonParseError::NoError) {
                    problem(line, QStringLiteral("CloudTrailEvent is not JSON: %1 at character %2").arg(pe.errorString()).arg(pe.offset));
                    continue;
                }
                record(d.object(), line);
            }
            return true;
        }
        if (o.contains(QLatin1String("eventName"))) {
            record(o, line);
            return true;
        }
        if (o.value(QLatin1String("detail")).toObject().contains(QLatin1String("eventName"))) { // EventBridge
            QJsonObject detail = o.value(QLatin1String("detail")).toObject();
            const QString envelopeTime = o.value(QLatin1String("time")).toString();
            if (!parseTrailTime(detail.value(QLatin1String("eventTime")).toString()) && parseTrailTime(envelopeTime))
                detail.insert(QLatin1String("eventTime"), envelopeTime); // the envelope's time is the call's
            record(detail, line);
            return true;
        }
        if (o.contains(QLatin1String("data"))) // a detection rule's test case
            return visit(o.value(QLatin1String("data")), line);
        return false;
    }

    void problem(int line, const QString &why)
    {
        ++m_index;
        if (m_out.problems.size() < 1000)
            m_out.problems.append(line > 0 ? QStringLiteral("%1: record %2 (line %3): %4").arg(m_out.path).arg(m_index).arg(line).arg(why)
                                           : QStringLiteral("%1: record %2: %3").arg(m_out.path).arg(m_index).arg(why));
    }

private:
    void record(const QJsonValue &v, int line)
    {
        if (!v.isObject()) {
            problem(line, QStringLiteral("not a JSON object"));
            return;
        }
        const QJsonObject r = v.toObject();
        const QJsonValue name = r.value(QLatin1String("eventName"));
        if (!name.isString() || name.toString().isEmpty()) {
            problem(line, QStringLiteral("no eventName"));
            return;
        }
        const QString timeText = r.value(QLatin1String("eventTime")).toString();
        const auto time = parseTrailTime(timeText);
        const QString source = r.value(QLatin1String("eventSource")).toString();
        const QJsonObject request = r.value(QLatin1String("requestParameters")).toObject();
        const bool change = isNetworkChange(source, name.toString(), request);
        const QString badTime = timeText.isEmpty() ? QStringLiteral("no eventTime") : QStringLiteral("eventTime '%1' is not a time").arg(timeText.left(60));
        if (!time && !change) {
            problem(line, badTime);
            return;
        }
        if (!time) // a network change all the same: kept, named, never applied (it has no place in time)
            problem(line, badTime + QStringLiteral(": kept as not applied"));
        else
            ++m_index;
        ++m_out.records;
        if (!change) {
            ++m_out.otherEvents[sourceShort(source)];
            return;
        }
        TrailEvent e;
        // Known by its eventID (a UUID) with its name and time: a file delivered twice, or files that
        // overlap, add nothing. Without a real eventID (redacted, hand-made), by the whole record.
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        const QString eventId = r.value(QLatin1String("eventID")).toString();
        e.id = uuid.match(eventId).hasMatch()
                   ? QStringLiteral("%1/%2/%3").arg(eventId, name.toString(), timeText)
                   : QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(r).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex());
        e.time = time.value_or(0);
        if (!time) {
            e.status = TrailEvent::Status::NotApplied;
            e.error = badTime;
        }
        e.name = name.toString();
        e.source = source;
        const QJsonObject who = r.value(QLatin1String("userIdentity")).toObject();
        for (const char *key : {"arn", "principalId", "userName", "invokedBy", "type"})
            if (e.actor.isEmpty())
                e.actor = who.value(QLatin1String(key)).toString();
        e.account = r.value(QLatin1String("recipientAccountId")).toString();
        if (e.account.isEmpty())
            e.account = who.value(QLatin1String("accountId")).toString();
        e.region = r.value(QLatin1String("awsRegion")).toString();
        e.request = request;
        e.response = r.value(QLatin1String("responseElements")).toObject();
        e.resources = resourceIdsOf(e.request, e.response);
        const QString code = r.value(QLatin1String("errorCode")).toString();
        if (!code.isEmpty()) {
            e.status = TrailEvent::Status::Failed;
            const QString message = r.value(QLatin1String("errorMessage")).toString();
            e.error = message.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, message);
        }
        e.file = m_out.path;
        e.record = m_index;
        m_out.changes.append(std::move(e));
    }

    TrailFile &m_out;
    int m_index = 0;
};

} // namespace

const char *trailStatusName(TrailEvent::Status status)
{
    switch (status) {
    case TrailEvent::Status::Applied: return "applied";
    case TrailEvent::Status::Failed: return "failed";
    case TrailEvent::Status::NotApplied: return "not-applied";
    }
    return "applied";
}

TrailEvent::Status trailStatusFromName(const QString &name)
{
    if (name == QLatin1String("failed"))
        return TrailEvent::Status::Failed;
    if (name == QLatin1String("not-applied"))
        return TrailEvent::Status::NotApplied;
    return TrailEvent::Status::Applied;
}

std::optional<qint64> parseTrailTime(const QString &text)
{
    QString s = text.trimmed();
    if (s.size() < 19)
        return std::nullopt;
    if (s[10] == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no zone written: CloudTrail's times are UTC
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

TrailFile readTrailText(const QByteArray &text, const QString &path)
{
    TrailFile out;
    out.path = path;
    Reader reader(out);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error == QJsonParseError::NoError) {
        if (!reader.visit(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0) && out.records == 0)
            out.error = QStringLiteral("%1: JSON, but not CloudTrail (no Records, Events, eventName or EventBridge detail)").arg(path);
        return out;
    }
    // JSON Lines: one record (or envelope) per line; a line that is not JSON is named, the rest read.
    const QList<QByteArray> lines = text.split('\n');
    int parsed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError le{};
        const QJsonDocument d = QJsonDocument::fromJson(line, &le);
        if (le.error != QJsonParseError::NoError || !d.isObject()) {
            reader.problem(int(i) + 1, QStringLiteral("not a JSON object: %1").arg(le.error != QJsonParseError::NoError ? le.errorString() : QStringLiteral("an array")));
            continue;
        }
        if (reader.visit(d.object(), int(i) + 1))
            ++parsed;
        else
            reader.problem(int(i) + 1, QStringLiteral("not a CloudTrail record (no eventName)"));
    }
    if (parsed == 0) {
        const QByteArray head = text.trimmed().left(1);
        out.problems.clear();
        out.error = head != "{" && head != "["
                        ? QStringLiteral("%1: not JSON (YAML or text?); CloudTrail is read from JSON as AWS delivers it").arg(path)
                        : QStringLiteral("%1: not JSON: %2 at line %3").arg(path, pe.errorString()).arg(lineAt(text, pe.offset));
    }
    return out;
}

bool looksLikeCloudTrail(const QString &path)
{
    const QFileInfo info(path);
    if (info.absoluteFilePath().contains(QLatin1String("/CloudTrail/")) || info.fileName().contains(QLatin1String("CloudTrail")))
        return true;
    if (info.isDir() || !(path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".jsonl")) || path.endsWith(QLatin1String(".ndjson"))))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    return head.contains("\"eventVersion\"") || head.contains("\"CloudTrailEvent\"")
           || (head.contains("\"eventSource\"") && head.contains("\"eventName\""));
}

TrailFile readTrailFile(const QString &path, qint64 maxBytes)
{
    QString error;
    const QByteArray text = readWhole(path, maxBytes, error);
    if (!error.isEmpty()) {
        TrailFile out;
        out.path = path;
        out.error = error;
        return out;
    }
    return readTrailText(text, path);
}

} // namespace vpclens
