#include "Support/Process.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace privlint {

std::string ProcessResult::reason() const {
  if (!Started)
    return StartError;
  std::string Line = Err.substr(0, Err.find('\n'));
  if (!Line.empty())
    return Line;
  return ExitCode < 0 ? "killed by a signal" : "exit status " + std::to_string(ExitCode);
}

namespace {

// A pipe whose ends close themselves.
struct Pipe {
  int Fd[2] = {-1, -1};
  bool open() { return ::pipe2(Fd, O_CLOEXEC) == 0; }
  void closeEnd(int I) {
    if (Fd[I] >= 0)
      ::close(Fd[I]);
    Fd[I] = -1;
  }
  ~Pipe() {
    closeEnd(0);
    closeEnd(1);
  }
};

// Reads both pipes until each reaches end of file; poll() keeps a child that
// fills one of them from blocking on the other.
void drain(int OutFd, int ErrFd, std::string &Out, std::string &Err) {
  struct pollfd Fds[2] = {{OutFd, POLLIN, 0}, {ErrFd, POLLIN, 0}};
  std::string *Sinks[2] = {&Out, &Err};
  char Buf[65536];
  int Open = 2;
  while (Open > 0) {
    if (::poll(Fds, 2, -1) < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    for (int I = 0; I < 2; ++I) {
      if (Fds[I].fd < 0 || !(Fds[I].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      ssize_t N = ::read(Fds[I].fd, Buf, sizeof Buf);
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0) {
        Fds[I].fd = -1;
        --Open;
        continue;
      }
      Sinks[I]->append(Buf, static_cast<size_t>(N));
    }
  }
}

} // namespace

ProcessResult runProcess(const std::vector<std::string> &Argv) {
  ProcessResult R;
  if (Argv.empty()) {
    R.StartError = "no program to run";
    return R;
  }
  Pipe OutPipe, ErrPipe;
  if (!OutPipe.open() || !ErrPipe.open()) {
    R.StartError = std::string("cannot create a pipe: ") + std::strerror(errno);
    return R;
  }
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_addopen(&Actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&Actions, OutPipe.Fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&Actions, ErrPipe.Fd[1], STDERR_FILENO);
  std::vector<char *> Args;
  for (const auto &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);
  pid_t Pid = -1;
  int Rc = posix_spawnp(&Pid, Args[0], &Actions, nullptr, Args.data(), environ);
  posix_spawn_file_actions_destroy(&Actions);
  OutPipe.closeEnd(1);
  ErrPipe.closeEnd(1);
  if (Rc != 0) {
    R.StartError = "cannot run " + Argv[0] + ": " + std::strerror(Rc);
    return R;
  }
  R.Started = true;
  drain(OutPipe.Fd[0], ErrPipe.Fd[0], R.Out, R.Err);
  int Status = 0;
  while (::waitpid(Pid, &Status, 0) < 0) {
    if (errno != EINTR) {
      R.ExitCode = -1;
      return R;
    }
  }
  R.ExitCode = WIFEXITED(Status) ? WEXITSTATUS(Status) : -1;
  return R;
}

} // namespace privlint
