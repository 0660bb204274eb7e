#include "app/TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychain, "md.keychain")

namespace md::app {

TokenStore::TokenStore(QString service, QObject* parent) : QObject(parent), m_service(std::move(service)) {}

QString TokenStore::accountFor(const QUrl& server, const QString& email)
{
    QUrl normalised = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = normalised.path();
    while (path.endsWith(QLatin1Char('/'))) path.chop(1); // StripTrailingSlash keeps a lone "/"
    normalised.setPath(path);
    normalised.setHost(normalised.host().toLower());
    return email.trimmed().toLower() + QLatin1Char('@') + normalised.toString();
}

void TokenStore::markUnavailable(const QString& detail)
{
    const bool changed = m_available;
    m_available = false;
    m_reason = tr("No keychain is available on this computer (%1), so the console cannot keep you signed in: "
                  "your session is kept in memory only and ends when you quit.")
                   .arg(detail);
    if (changed) {
        qCInfo(lcKeychain).noquote() << "keychain unavailable:" << detail;
        emit availabilityChanged(false, m_reason);
    }
}

void TokenStore::read(const QString& account)
{
    if (!m_available) {
        emit readFinished(account, QString());
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError) {
            emit readFinished(account, job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound) markUnavailable(job->errorString());
        emit readFinished(account, QString());
    });
    job->start();
}

void TokenStore::write(const QString& account, const QString& token)
{
    if (!m_available) return;
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError) markUnavailable(job->errorString());
    });
    job->start();
}

void TokenStore::remove(const QString& account)
{
    if (!m_available) return;
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            qCWarning(lcKeychain).noquote() << "could not delete the stored session:" << job->errorString();
    });
    job->start();
}

} // namespace md::app
