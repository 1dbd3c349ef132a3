// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowfilter.h"

#include "base/translations.h"
#include "query/columnfilter.h"
#include "query/filterlexer.h"
#include "query/filterresolve.h"
#include "query/filtersql.h"
#include "query/filtersyntax.h"

namespace vpclens {
namespace {

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens"}, text);
}

constexpr qsizetype kMaxFilterLength = 256 * 1024;

} // namespace

void CompiledFilter::bind(sqlite3_stmt *stmt, int first) const
{
    for (int i = 0; i < params.size(); ++i) {
        const FilterParam &p = params[i];
        if (p.kind == FilterParam::Int)
            sqlite3_bind_int64(stmt, first + i, p.value);
        else if (p.kind == FilterParam::Text)
            sqlite3_bind_text(stmt, first + i, p.blob.constData(), int(p.blob.size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_blob(stmt, first + i, p.blob.constData(), int(p.blob.size()), SQLITE_TRANSIENT);
    }
}

QString CompiledFilter::from() const
{
    return needsExtra ? QStringLiteral("flows f LEFT JOIN flow_extra x ON x.id = f.id") : QStringLiteral("flows f");
}

std::variant<CompiledFilter, FilterError> compileFilter(const QString &expression, const FilterContext &context)
{
    if (expression.size() > kMaxFilterLength)
        return FilterError{tr("The filter is too long (at most %1 characters).").arg(kMaxFilterLength), int(kMaxFilterLength)};
    try {
        std::optional<FilterNode> root = parseFilter(tokenizeFilter(expression));
        CompiledFilter out;
        if (!root)
            return out;
        resolveFilter(*root, context);
        const FilterSql flows = *filterSql(*root, FilterTarget::Flows);
        out.sql = flows.sql;
        out.params = flows.params;
        if (const auto rollup = filterSql(*root, FilterTarget::Rollup)) {
            Q_ASSERT(rollup->params == flows.params); // one set of parameters binds either
            out.rollupable = true;
            out.rollupSql = rollup->sql;
        }
        out.columns = ColumnFilter::of(*root);
        forEachComparison(*root, [&out](const FilterNode &c) {
            for (const FilterField *f : {c.field, c.constants.empty() || !std::holds_alternative<FieldRef>(c.constants.front())
                                                       ? nullptr
                                                       : std::get<FieldRef>(c.constants.front()).field}) {
                if (!f)
                    continue;
                out.fields.insert(QLatin1String(f->name));
                out.needsExtra = out.needsExtra || QLatin1String(f->sql).contains(QLatin1String("x."));
            }
        });
        out.empty = false;
        return out;
    } catch (const FilterFailure &f) {
        return f.error;
    }
}

QStringList filterKeywords()
{
    return {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("in"), QStringLiteral("ACCEPT"),
            QStringLiteral("REJECT"), QStringLiteral("OK"), QStringLiteral("NODATA"), QStringLiteral("SKIPDATA"), QStringLiteral("UNFILTERED"), QStringLiteral("tcp"),
            QStringLiteral("udp"), QStringLiteral("icmp")};
}

} // namespace vpclens
