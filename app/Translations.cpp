#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "md.translations")

namespace md::app {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString resolveLanguage(const QString& setting, const QLocale& systemLocale)
{
    if (availableLanguages().contains(setting)) return setting;
    for (const QString& name : systemLocale.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(language)) return language;
    }
    return QStringLiteral("en");
}

void installTranslations(QCoreApplication& application, const QString& language)
{
    // Korean formatting (₩, dates) for Korean; for English keep the system's regional formats.
    if (language == QLatin1String("ko")) QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));

    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/marketdesk_%1.qm").arg(language)))
        application.installTranslator(own);
    else
        qCWarning(lcTranslations) << "no console translation for" << language;

    auto* qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qt);
}

} // namespace md::app
