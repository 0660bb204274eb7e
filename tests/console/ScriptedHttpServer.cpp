#include "ScriptedHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

ScriptedHttpServer::ScriptedHttpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

bool ScriptedHttpServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port)) return false;
    m_port = m_server.serverPort();
    return true;
}

int ScriptedHttpServer::countRequests(const QByteArray& path) const
{
    int count = 0;
    for (const RecordedRequest& request : m_requests)
        if (request.path() == path) ++count;
    return count;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0) return;
                RecordedRequest request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
                request.method = requestLine.value(0);
                request.target = requestLine.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < headerEnd + 4 + length) return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                m_requests.append(request);

                const ScriptedResponse response = m_handler ? m_handler(request) : ScriptedResponse{404, {}, {}, 0};
                QByteArray wire = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
                for (const auto& header : response.headers)
                    wire += header.first + ": " + header.second + "\r\n";
                wire += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
                QPointer<QTcpSocket> guarded(socket);
                QTimer::singleShot(response.delayMs, this, [guarded, wire] {
                    if (guarded) guarded->write(wire);
                });
            }
        });
    }
}
