#pragma once
// Chooses the interface language: the setting when one is made ("ko", "en"), otherwise the system
// locale; installs the console's own translation and Qt's (standard buttons and dialogs).

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace md::app {

// The languages the console ships, as locale names.
QStringList availableLanguages();
// The language to use for `setting` ("" = follow `systemLocale`); falls back to English.
QString resolveLanguage(const QString& setting, const QLocale& systemLocale = QLocale::system());
// Installs translators for `language` on `application` and sets the default QLocale to match.
void installTranslations(QCoreApplication& application, const QString& language);

} // namespace md::app
