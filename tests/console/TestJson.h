#pragma once
// A JSON object from test text, for parser tests; malformed test JSON stops the test at once
// instead of quietly becoming an empty object.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

inline QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
