// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

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
    if (own->load(locale, QStringLiteral("vpclens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QCoreApplication::installTranslator(own);
    return false;
}

} // namespace vpclens
