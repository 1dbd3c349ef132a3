// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vpclens {

bool installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(app); // owned by the application
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app); // owned by the application
    // English is the fallback for locales we have no translation for (C, POSIX, fr, ...): its .qm
    // holds the plural forms ("1 file", "1,728 files") the source strings write as "file(s)".
    if (own->load(locale, QStringLiteral("vpclens"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/vpclens_en.qm")))
        return QCoreApplication::installTranslator(own);
    return false;
}

QString translateFrom(std::initializer_list<const char *> contexts, const char *text)
{
    const QString original = QString::fromUtf8(text);
    for (const char *context : contexts)
        if (QString t = QCoreApplication::translate(context, text); t != original)
            return t;
    return original;
}

} // namespace vpclens
