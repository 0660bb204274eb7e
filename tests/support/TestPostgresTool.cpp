// marketdesk-test-postgres: the CTest fixture that gives every test executable one shared
// PostgreSQL 15 cluster. `setup DIR` initdb's into DIR, starts it on a free loopback port and writes
// DIR/connection.env (host, port, user, socket_dir) which the tests read; `cleanup DIR` stops the
// cluster and removes DIR. Each test executable makes its own database inside the cluster.

#include "support/PostgresCluster.h"
#include "support/TestSetupError.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 3 ||
        (arguments[1] != QLatin1String("setup") && arguments[1] != QLatin1String("cleanup"))) {
        std::cerr << "usage: marketdesk-test-postgres setup|cleanup DIRECTORY\n";
        return 2;
    }
    md::test::PostgresCluster cluster(arguments[2]);
    try {
        if (arguments[1] == QLatin1String("setup")) {
            cluster.initialize();
            cluster.start();
            cluster.connectionInfo().write(cluster.directory() + QStringLiteral("/connection.env"));
            std::cout << "PostgreSQL ready on 127.0.0.1:" << cluster.port() << " (" << arguments[2].toStdString()
                      << ")\n";
        } else {
            cluster.stop(QStringLiteral("fast"));
            cluster.removeDirectory();
            std::cout << "PostgreSQL stopped and " << arguments[2].toStdString() << " removed\n";
        }
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "marketdesk-test-postgres " << arguments[1].toStdString() << ": " << error.what() << "\n";
        return 1;
    }
}
