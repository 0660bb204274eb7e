#pragma once
// Helpers for console tests against a real server: sign the console's own ApiClient in through its
// own Authenticator (the code under test, not a shortcut), and wait for a paged model to settle.

#include "models/api/ApiClient.h"
#include "models/paging/PagedTableModel.h"
#include "models/session/Authenticator.h"
#include "support/ServerProcess.h"

#include <QSignalSpy>
#include <QTest>

namespace md::test {

inline QUrl serverUrl(const ServerProcess& server)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
}

// Signs `client` in as `email`; returns the user, or nullopt with the failure printed.
inline std::optional<models::User> signIn(models::ApiClient& client, const ServerProcess& server,
                                          const std::string& email, const std::string& password)
{
    models::Authenticator authenticator(&client);
    QSignalSpy signedIn(&authenticator, &models::Authenticator::signedIn);
    QSignalSpy failed(&authenticator, &models::Authenticator::signInFailed);
    authenticator.signIn(serverUrl(server), QString::fromStdString(email), QString::fromStdString(password));
    if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 15000)) {
        qWarning("sign-in did not answer");
        return std::nullopt;
    }
    if (!failed.isEmpty()) {
        qWarning("sign-in failed: %s", qPrintable(failed.first().first().value<models::ApiError>().displayText()));
        return std::nullopt;
    }
    return signedIn.first().first().value<models::User>();
}

// Waits until the model has no request in flight (after a filter change, a fetchMore ...).
inline bool waitUntilIdle(const models::PagedTableModel& model, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

// Pulls every page through the view-facing canFetchMore()/fetchMore() pair, as scrolling would.
inline bool fetchAll(models::PagedTableModel& model, int maxPages = 1000)
{
    if (!waitUntilIdle(model)) return false;
    for (int page = 0; page < maxPages && model.canFetchMore(QModelIndex()); ++page) {
        model.fetchMore(QModelIndex());
        if (!waitUntilIdle(model)) return false;
    }
    return !model.canFetchMore(QModelIndex()) && !model.lastError();
}

// Runs `action` at the moment the current query's first page has arrived and the next page has been
// requested, i.e. with a page certainly in flight. (A QAbstractItemModelTester attached to the model
// asks for more after every change, like an eager view; otherwise this asks itself.)
template <typename Action> void whileNextPageInFlight(models::PagedTableModel& model, Action action)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&model, &models::PagedTableModel::pageLoaded, &model, [&model, action, connection] {
        QObject::disconnect(*connection);
        if (!model.isLoading()) model.fetchMore(QModelIndex());
        if (!model.isLoading()) qWarning("no next page to have in flight");
        action();
    });
}

} // namespace md::test
