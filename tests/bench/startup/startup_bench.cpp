// cairn_startup_bench [--runs N] [--large-db PATH] [--keep]
// Measures, under QT_QPA_PLATFORM=offscreen, the time from process start to the main window being
// shown (the program's own shown-ms=, from a start time this runner passes in
// CAIRN_STARTUP_T0_NS) and the peak RSS (getrusage of the child via wait4), as the median of N
// runs after one warm-up, for: the plain Qt hello window (the floor), cairn on an empty database,
// and cairn on a large database (1,000 servers, 50 clients, 100,000 runs; made by cairn_datagen
// unless --large-db names one). Prints the figures, the ratios to the floor and the goal.
// Plain C++ and POSIX on purpose: the runner must not load Qt into the processes it measures.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Sample {
    double shownMs = 0; // reported by the child: process start to first expose handled
    double cpuMs
        = 0; // CPU time used until shown, reported by the child: steadier than wall time on a busy machine
    double peakRssMb = 0;
};

struct Summary {
    double shownMs = 0;
    double cpuMs = 0;
    double peakRssMb = 0;
};

std::int64_t monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// The runner's environment, with the given variables set (replacing any of the same name).
std::vector<std::string> environmentWith(const std::vector<std::string> &overrides)
{
    std::vector<std::string> result;
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        const bool replaced = std::any_of(overrides.begin(), overrides.end(),
            [&](const std::string &o) { return o.substr(0, o.find('=')) == name; });
        if (!replaced)
            result.push_back(entry);
    }
    result.insert(result.end(), overrides.begin(), overrides.end());
    return result;
}

// Runs argv once; returns the sample, or nothing with a reason on stderr.
std::optional<Sample> runOnce(const std::vector<std::string> &argv, const std::vector<std::string> &baseEnv,
    const std::string &stderrPath)
{
    int out[2];
    if (pipe(out) != 0) {
        std::perror("pipe");
        return std::nullopt;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    // Qt's warnings go to a file, shown only when a run fails.
    posix_spawn_file_actions_addopen(
        &actions, STDERR_FILENO, stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<std::string> env = baseEnv;
    const std::int64_t t0 = monotonicNs();
    env.push_back("CAIRN_STARTUP_T0_NS=" + std::to_string(t0));
    std::vector<char *> cargv, cenv;
    for (const auto &a : argv)
        cargv.push_back(const_cast<char *>(a.c_str()));
    cargv.push_back(nullptr);
    for (const auto &e : env)
        cenv.push_back(const_cast<char *>(e.c_str()));
    cenv.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, cargv[0], &actions, nullptr, cargv.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", cargv[0], std::strerror(spawned));
        close(out[0]);
        return std::nullopt;
    }

    std::string output;
    bool timedOut = false;
    for (;;) {
        pollfd fd { out[0], POLLIN, 0 };
        const int ready = poll(&fd, 1, 30000);
        if (ready == 0) {
            timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        if (ready < 0 && errno == EINTR)
            continue;
        char buffer[4096];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, size_t(n));
    }
    close(out[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    if (timedOut) {
        std::fprintf(stderr, "%s did not show its window within 30 s\n", cargv[0]);
        return std::nullopt;
    }
    const size_t at = output.find("shown-ms=");
    if (at == std::string::npos || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr,
            "%s exited with status %d without reporting shown-ms (output: %s; its messages are in %s)\n",
            cargv[0], WIFEXITED(status) ? WEXITSTATUS(status) : -1, output.c_str(), stderrPath.c_str());
        return std::nullopt;
    }
    Sample sample;
    sample.shownMs = std::strtod(output.c_str() + at + 9, nullptr);
    sample.peakRssMb = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    const size_t cpuAt = output.find("shown-cpu-ms=");
    sample.cpuMs = cpuAt == std::string::npos ? 0 : std::strtod(output.c_str() + cpuAt + 13, nullptr);
    return sample;
}

struct Scenario {
    const char *label;
    std::vector<std::string> argv;
    std::vector<double> shown;
    std::vector<double> cpu;
    std::vector<double> rss;
};

// One warm-up each, then the scenarios take turns run by run, so a busy moment on a shared
// machine lands on all of them alike instead of on whichever happened to be measured then.
bool measure(std::vector<Scenario> &scenarios, const std::vector<std::string> &env, int runs,
    const std::string &stderrPath)
{
    for (Scenario &s : scenarios) {
        std::fprintf(stderr, "warming up: %s\n", s.label);
        if (!runOnce(s.argv, env, stderrPath)) // page cache, first-start notices, database creation
            return false;
    }
    for (int i = 0; i < runs; ++i) {
        std::fprintf(stderr, "round %d of %d\n", i + 1, runs);
        for (Scenario &s : scenarios) {
            const auto sample = runOnce(s.argv, env, stderrPath);
            if (!sample)
                return false;
            s.shown.push_back(sample->shownMs);
            s.cpu.push_back(sample->cpuMs);
            s.rss.push_back(sample->peakRssMb);
        }
    }
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: cairn_startup_bench [--runs N] [--large-db PATH] [--keep]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 10;
    std::string largeDb;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--large-db" && i + 1 < argc)
            largeDb = argv[++i];
        else if (arg == "--keep")
            keep = true;
        else
            return usage();
    }

    char pattern[] = "/tmp/cairn-startup-bench-XXXXXX";
    if (!mkdtemp(pattern)) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::filesystem::path dir(pattern);
    std::filesystem::create_directories(dir / "config");
    std::filesystem::create_directories(dir / "runtime");
    chmod((dir / "runtime").c_str(), 0700);
    // Private settings and runtime folders: the person's own settings never change the figures.
    const std::vector<std::string> env = environmentWith({ "QT_QPA_PLATFORM=offscreen",
        "XDG_CONFIG_HOME=" + (dir / "config").string(), "XDG_RUNTIME_DIR=" + (dir / "runtime").string() });

    if (largeDb.empty()) {
        largeDb = (dir / "large.sqlite").string();
        std::fprintf(stderr, "generating the large database ...\n");
        const std::string command = std::string("'") + CAIRN_BENCH_DATAGEN + "' --db '" + largeDb + "' 1>&2";
        if (std::system(command.c_str()) != 0) {
            std::fprintf(stderr, "cairn_datagen failed\n");
            return 1;
        }
    }
    const std::string emptyDb = (dir / "empty.sqlite").string();

    const std::string log = (dir / "child-stderr.txt").string();
    std::vector<Scenario> scenarios {
        { "Qt hello window (floor)", { CAIRN_BENCH_HELLO, "--quit-after-show" }, {}, {}, {} },
        { "cairn, empty database", { CAIRN_BENCH_APP, "--db", emptyDb, "--quit-after-show" }, {}, {}, {} },
        { "cairn, large database", { CAIRN_BENCH_APP, "--db", largeDb, "--quit-after-show" }, {}, {}, {} },
    };
    if (!measure(scenarios, env, runs, log)) {
        std::fprintf(stderr, "kept %s for a look\n", dir.c_str());
        return 1;
    }
    if (!keep)
        std::filesystem::remove_all(dir);

    std::vector<Summary> results;
    for (const Scenario &s : scenarios)
        results.push_back({ median(s.shown), median(s.cpu), median(s.rss) });
    const Summary &floor = results[0];
    const Summary &large = results[2];
    std::printf("Startup to window shown, QT_QPA_PLATFORM=offscreen, median of %d interleaved runs (after "
                "one warm-up)\n",
        runs);
    std::printf("%-26s %9s %7s %7s %10s %8s %10s %8s %8s\n", "", "shown ms", "min", "max", "time/flr",
        "CPU ms*", "CPU/flr", "RSS MB", "RSS/flr");
    for (size_t i = 0; i < scenarios.size(); ++i) {
        const auto [lo, hi] = std::minmax_element(scenarios[i].shown.begin(), scenarios[i].shown.end());
        std::printf("%-26s %9.1f %7.1f %7.1f %9.2fx %8.1f %9.2fx %8.1f %7.2fx\n", scenarios[i].label,
            results[i].shownMs, *lo, *hi, results[i].shownMs / floor.shownMs, results[i].cpuMs,
            results[i].cpuMs / floor.cpuMs, results[i].peakRssMb, results[i].peakRssMb / floor.peakRssMb);
    }
    std::printf("* CPU time the process had used when its window was shown (loader included).\n");
    // The machine's load average: wall-clock figures on a shared, busy machine are noisy.
    if (std::FILE *load = std::fopen("/proc/loadavg", "r")) {
        char text[64] = {};
        if (std::fgets(text, sizeof text, load))
            std::printf("load average while measuring: %s", text);
        std::fclose(load);
    }
    const bool timeOk = large.shownMs <= 2.0 * floor.shownMs;
    const bool rssOk = large.peakRssMb < 120.0;
    std::printf("Goal for the large database: within 2x of the floor (%.2fx: %s) and under 120 MB RSS (%.1f "
                "MB: %s)\n",
        large.shownMs / floor.shownMs, timeOk ? "met" : "MISSED", large.peakRssMb, rssOk ? "met" : "MISSED");
    return 0;
}
