// The import and export transfers against a scripted loopback server, for what the real server will
// not do on cue: an expired token in the middle of an import (one refresh, then the same CSV is sent
// again), and an export the server refuses (no file is left behind, not even a temporary one).

#include "ScriptedHttpServer.h"

#include "models/api/ApiClient.h"
#include "models/catalog/ProductExportJob.h"
#include "models/catalog/ProductImportJob.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::models;

class TestCatalogTransfers : public QObject {
    Q_OBJECT
private slots:
    void importReplaysTheUploadAfterATokenRefresh()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest& request) {
            if (request.path() == "/api/v1/auth/refresh")
                return ScriptedResponse::json(200, R"({"access_token":"access-2","refresh_token":"refresh-2"})");
            if (request.headers.value("authorization") != "Bearer access-2")
                return ScriptedResponse::json(401, R"({"error":{"code":"token_expired","message":"expired"}})");
            if (request.path() == "/api/v1/me") return ScriptedResponse::json(200, R"({"id":1})");
            return ScriptedResponse::json(200, R"({"created":1,"updated":0,"unchanged":0,"failed":0,"errors":[],
                                                  "dry_run":true,"partial":false})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setTokens(QStringLiteral("access-1"), QStringLiteral("refresh-1"));

        ProductImportJob job(&client);
        QSignalSpy finished(&job, &ProductImportJob::finished);
        const QByteArray csv = QStringLiteral("sku,title\nK-1,한글\n").toUtf8();
        job.start(csv, ProductImportJob::Mode::DryRun);
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().first().value<ImportOutcome>();
        QVERIFY(outcome.accepted);
        QCOMPARE(outcome.report->created, 1);
        QCOMPARE(server.countRequests("/api/v1/products/import"), 2);
        const RecordedRequest& replay = server.requests().last();
        QCOMPARE(replay.body, csv);
        QCOMPARE(replay.target, QByteArray("/api/v1/products/import?dry_run=true"));
        QVERIFY(replay.headers.value("content-type").startsWith("text/csv"));
    }

    void refusedExportLeavesNoFile()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) {
            return ScriptedResponse::json(422, R"({"error":{"code":"validation_failed","message":"bad filter",
                                                  "details":{"fields":{"status":"must be one of draft"}}}})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setTokens(QStringLiteral("access"), QStringLiteral("refresh"));
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("out.csv"));

        ProductExportJob job(&client);
        QSignalSpy finished(&job, &ProductExportJob::finished);
        ProductFilter filter;
        filter.status = ProductStatus::Draft;
        filter.search = QStringLiteral("패딩");
        QVERIFY(job.start(filter, path));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(server.requests().first().target.startsWith("/api/v1/products/export?"));
        QVERIFY(server.requests().first().target.contains("status=draft"));
    }

    void exportWritesTheStreamThenRenames()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray csv = "\xEF\xBB\xBFseller_id,sku,title\r\n1,A-1,\"두 줄\r\n제목\"\r\n1,A-2,조끼\r\n";
        server.setHandler([csv](const RecordedRequest&) {
            return ScriptedResponse{200, csv, {{"Content-Type", "text/csv; charset=utf-8"}}, 0};
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("out.csv"));
        ProductExportJob job(&client);
        QSignalSpy finished(&job, &ProductExportJob::finished);
        QVERIFY(job.start({}, path));
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(job.rowsReceived(), qint64(2));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), csv);
    }
};

QTEST_GUILESS_MAIN(TestCatalogTransfers)
#include "TestCatalogTransfers.moc"
