#pragma once
// A loopback HTTP/1.1 server whose answers a test scripts, for what the real server cannot be made
// to do on cue: expire a token mid-flight, fail twice then succeed, answer slowly. Each request is
// recorded; the handler returns the response for it.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

struct RecordedRequest {
    QByteArray method;
    QByteArray target;                     // path and query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

struct ScriptedResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static ScriptedResponse json(int status, const QByteArray& body)
    {
        return {status, body, {{"Content-Type", "application/json"}}, 0};
    }
};

class ScriptedHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest&)>;

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    bool listen(quint16 port = 0);
    void close() { m_server.close(); }
    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest>& requests() const { return m_requests; }
    int countRequests(const QByteArray& path) const;

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};
