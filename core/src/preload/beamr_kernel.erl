%% beamr's stand-in for what OTP's boot script and the `kernel`
%% application's start do that a program can observe, without code server
%% (code:* answers from BIFs over the host's code path), init process or
%% distribution. It starts OTP's own logger_server and
%% application_controller, then starts `kernel` through the
%% application_controller as the boot script does, with this module as its
%% callback: a `kernel_sup` holding OTP's file_server (`file_server_2`),
%% logger_sup and kernel_safe_sup (where timer:apply_after starts
%% timer_server), and logger's default handler, so reports print as
%% `erl -noshell` prints them. Then `stdlib` is started, so
%% `application:which_applications/0` and `ensure_all_started/1` see both
%% as in OTP. It also names the I/O servers `user` and
%% `standard_error`.
%% When OTP's modules are not on the host (bare metal, wasm without them in
%% the pack) the boot stops quietly and programs run without a logger.
%% Compiled with `erlc` (OTP 25) into beamr_kernel.beam, which the core embeds.
-module(beamr_kernel).
-export([start/0, start/2, stop/1, init/1]).

-define(KERNEL_ENV, [{logger_level, notice}, {logger_sasl_compatible, false}]).

start() ->
    %% Named as OTP's code server is; code:* runs as BIFs over the host's
    %% code path, and requests sent here the old way are answered the same.
    true = register(code_server, self()),
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
    {ok, _} = application_controller:start(app(kernel, [], ?KERNEL_ENV, [{mod, {?MODULE, []}}])),
    ok = application:start_boot(kernel, permanent),
    ok = application:start_boot(app(stdlib, [kernel], [], []), permanent).

%% An application's specification as the boot script holds it, with the
%% version of the application on the code path. Reading stdlib.app would
%% load the Erlang parser at every start; what a program can ask of the
%% two applications (keys other than `modules`) is the same.
app(Name, Apps, Env, Mod) ->
    {application, Name,
     [{description, "ERTS  CXC 138 10"}, {vsn, vsn(Name)}, {modules, []},
      {registered, []}, {applications, Apps}, {env, Env} | Mod]}.

%% `8.5.3` for `.../kernel-8.5.3`.
vsn(Name) ->
    case code:lib_dir(Name) of
        {error, _} ->
            "beamr";
        Dir ->
            case string:split(filename:basename(Dir), "-", trailing) of
                [_, Vsn] -> Vsn;
                _ -> "beamr"
            end
    end.

%% The kernel application's start, as kernel:start/2 does it.
start(normal, []) ->
    ok = logger:internal_init_logger(),
    case supervisor:start_link({local, kernel_sup}, ?MODULE, kernel_sup) of
        {ok, Pid} ->
            ok = logger:add_handlers(kernel),
            {ok, Pid, []};
        Error ->
            Error
    end.

stop(_State) ->
    ok.

%% Holds the links to logger_server and application_controller.
wait() ->
    receive
        {code_call, From, Req} ->
            From ! {code_server, code_server:call(Req)},
            wait();
        _ ->
            wait()
    end.

init(kernel_sup) ->
    {ok, {#{strategy => one_for_all, intensity => 0, period => 1},
          file_server() ++
          [#{id => logger_sup, start => {logger_sup, start_link, []},
             type => supervisor, shutdown => infinity},
           #{id => kernel_safe_sup,
             start => {supervisor, start_link, [{local, kernel_safe_sup}, ?MODULE, safe]},
             type => supervisor, shutdown => infinity}]}};
init(safe) ->
    {ok, {#{strategy => one_for_one, intensity => 4, period => 3600}, []}}.

%% OTP's file server, if the host has OTP's kernel modules.
file_server() ->
    case code:ensure_loaded(file_server) of
        {module, _} ->
            [#{id => file_server_2, start => {file_server, start_link, []},
               restart => permanent, shutdown => 2000, type => worker,
               modules => [file, file_server, file_io_server, prim_file]}];
        {error, _} ->
            []
    end.
