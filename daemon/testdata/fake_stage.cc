// A stand-in for a stage process in the supervisor tests.
//   fake_stage sleep <seconds>             sleep, then exit 0 (SIGTERM kills it)
//   fake_stage exit <code> [delay_ms]      exit with <code> after an optional delay
//   fake_stage ignore-term <seconds>       ignore SIGTERM, sleep
//   fake_stage print-env <VAR> <seconds>   print VAR's value to stdout, then sleep
//   fake_stage print-nice <seconds>        print its niceness to stdout, then sleep
//   fake_stage grandchild <pidfile> <s>    start a grandchild (same process group) that
//                                          sleeps, write its pid to <pidfile>, sleep
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

static void SleepSeconds(double seconds) {
  usleep(static_cast<useconds_t>(seconds * 1e6));
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: fake_stage MODE ARGS...\n");
    return 2;
  }
  const std::string mode = argv[1];
  if (mode == "sleep" && argc == 3) {
    SleepSeconds(std::atof(argv[2]));
    return 0;
  }
  if (mode == "exit" && argc >= 3) {
    if (argc >= 4) usleep(static_cast<useconds_t>(std::atoi(argv[3]) * 1000));
    return std::atoi(argv[2]);
  }
  if (mode == "ignore-term" && argc == 3) {
    signal(SIGTERM, SIG_IGN);
    SleepSeconds(std::atof(argv[2]));
    return 0;
  }
  if (mode == "print-env" && argc == 4) {
    const char* value = std::getenv(argv[2]);
    std::printf("%s=%s\n", argv[2], value != nullptr ? value : "(unset)");
    std::fflush(stdout);
    SleepSeconds(std::atof(argv[3]));
    return 0;
  }
  if (mode == "print-nice" && argc == 3) {
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, 0);
    std::printf("nice=%d\n", errno == 0 ? nice : -100);
    std::fflush(stdout);
    SleepSeconds(std::atof(argv[2]));
    return 0;
  }
  if (mode == "grandchild" && argc == 4) {
    const pid_t child = fork();
    if (child == 0) {
      SleepSeconds(std::atof(argv[3]));
      _exit(0);
    }
    {
      std::ofstream out(std::string(argv[2]) + ".tmp");
      out << child << "\n";
    }
    std::rename((std::string(argv[2]) + ".tmp").c_str(), argv[2]);
    SleepSeconds(std::atof(argv[3]));
    return 0;
  }
  std::fprintf(stderr, "fake_stage: unknown mode or wrong arguments: %s\n", mode.c_str());
  return 2;
}
