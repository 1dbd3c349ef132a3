// SPDX-License-Identifier: GPL-3.0-or-later
// Files the tests write: a gzip member of given bytes (zlib, the same container S3 delivers) and a
// file in a folder.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <zlib.h>

namespace vpclens::test {

inline QByteArray gzipMember(const QByteArray &plain)
{
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY); // +16: the gzip wrapper
    QByteArray out(qsizetype(deflateBound(&zs, uLong(plain.size())) + 32), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    zs.avail_in = uInt(plain.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline QString writeFile(const QDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

} // namespace vpclens::test
