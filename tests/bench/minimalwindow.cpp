// SPDX-License-Identifier: GPL-3.0-or-later
// The cold-start baseline of the startup case: the least a Qt Widgets application does to show
// a window (QApplication and an empty QMainWindow of the console's default size), reporting its
// first paint like `gatehouse --smoke`. Without --smoke it stays open (for its idle memory).
#include <cstdio>
#include <functional>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(const QElapsedTimer &clock, bool exitAfter)
        : m_clock(clock)
        , m_exitAfter(exitAfter)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            const qint64 ms = m_clock.elapsed();
            QTimer::singleShot(0, watched, [ms, exitAfter = m_exitAfter] {
                std::printf("first window shown after %lld ms\n", ms);
                std::fflush(stdout);
                if (exitAfter)
                    QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    bool m_exitAfter;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    FirstPaintWatcher watcher(
        clock, QCoreApplication::arguments().contains(QLatin1String("--smoke")));
    window.installEventFilter(&watcher);
    window.show();
    return app.exec();
}
