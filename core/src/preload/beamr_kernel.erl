%% beamr's stand-in for the `kernel` application's start: what OTP's boot
%% script and kernel:start/2 do that a program can observe, without code
%% server, file server or distribution. It starts OTP's own logger_server,
%% application_controller (with kernel's environment), a `kernel_sup` with
%% OTP's logger_sup and kernel_safe_sup (where timer:apply_after starts
%% timer_server), and adds logger's default handler, so reports print as
%% `erl -noshell` prints them. It also names the I/O servers `user` and
%% `standard_error`.
%% When OTP's modules are not on the host (bare metal, wasm without them in
%% the pack) the boot stops quietly and programs run without a logger.
%% Compiled with `erlc` (OTP 25) into beamr_kernel.beam, which the core embeds.
-module(beamr_kernel).
-export([start/0, init/1]).

-define(KERNEL_ENV, [{logger_level, notice}, {logger_sasl_compatible, false}]).

start() ->
    true = register(user, group_leader()),
    true = register(standard_error, spawn(beamr_gl, start, [2])),
    process_flag(trap_exit, true),
    case code:ensure_loaded(logger_server) of
        {module, _} -> boot_or_report();
        {error, _} -> exit(normal)
    end.

boot_or_report() ->
    try boot() of
        ok -> wait()
    catch
        C:R:S ->
            erlang:display_string(
              lists:flatten(io_lib:format("beamr: kernel boot failed: ~p~n", [{C, R, S}]))),
            exit(normal)
    end.

boot() ->
    {ok, _} = logger_server:start_link(),
    App = {application, kernel,
           [{description, "ERTS  CXC 138 10"}, {vsn, "beamr"}, {modules, []},
            {registered, []}, {applications, []}, {env, ?KERNEL_ENV},
            {mod, {kernel, []}}]},
    {ok, _} = application_controller:start(App),
    ok = logger:internal_init_logger(),
    {ok, _} = supervisor:start_link({local, kernel_sup}, ?MODULE, kernel_sup),
    ok = logger:add_handlers(kernel).

%% Holds the links to what it started, as application_master would.
wait() ->
    receive
        _ -> wait()
    end.

init(kernel_sup) ->
    {ok, {#{strategy => one_for_all, intensity => 0, period => 1},
          [#{id => logger_sup, start => {logger_sup, start_link, []},
             type => supervisor, shutdown => infinity},
           #{id => kernel_safe_sup,
             start => {supervisor, start_link, [{local, kernel_safe_sup}, ?MODULE, safe]},
             type => supervisor, shutdown => infinity}]}};
init(safe) ->
    {ok, {#{strategy => one_for_one, intensity => 4, period => 3600}, []}}.
