-module(cf_app_load).
-behaviour(application).
-export([main/0, start/2, stop/1, init/1]).

%% Applications whose .app files are written at run time into ebin
%% directories added to the code path: load, start, ensure_all_started,
%% stop, unload, and the code path queries about them.

-define(D, "cf_app_load_tmp").

main() ->
    %% Stopping an application logs a notice with a time stamp.
    ok = logger:set_primary_config(level, warning),
    clean(),
    Ebin = filename:join([?D, "cf_demo", "ebin"]),
    Ebin2 = filename:join([?D, "cf_demo2-0.1", "ebin"]),
    ok = filelib:ensure_dir(filename:join(Ebin, "x")),
    ok = filelib:ensure_dir(filename:join(Ebin2, "x")),
    ok = write_app(Ebin, cf_demo,
                   [{description, "demo"}, {vsn, "1.2.3"}, {modules, [cf_app_load]},
                    {registered, [cf_demo_sup]}, {applications, [kernel, stdlib]},
                    {mod, {cf_app_load, []}}, {env, [{color, blue}]}]),
    ok = write_app(Ebin2, cf_demo2,
                   [{description, "second"}, {vsn, "0.1"}, {modules, [cf_app_load_gen]},
                    {applications, [kernel, stdlib, cf_demo]},
                    {mod, {cf_app_load_gen, [cf_demo2_sup]}}]),
    ok = file:write_file(filename:join(Ebin, "cf_bad.app"), "{application, cf_bad, [\n"),
    ok = gen_module(Ebin2),
    show("add_patha", code:add_patha(Ebin)),
    show("add_pathz", code:add_pathz(Ebin2)),
    show("add_patha missing", code:add_patha(filename:join(?D, "nope"))),
    show("first on path", hd(code:get_path())),
    show("where_is_file", code:where_is_file("cf_demo.app")),
    show("where_is_file missing", code:where_is_file("cf_nope.app")),
    show("lib_dir", code:lib_dir(cf_demo)),
    show("lib_dir versioned", code:lib_dir(cf_demo2)),
    show("priv_dir", code:priv_dir(cf_demo)),
    show("lib_dir sub", code:lib_dir(cf_demo, include)),
    show("lib_dir missing", code:lib_dir(cf_nope)),
    show("which not loaded", code:which(cf_app_load_gen)),
    show("which missing", code:which(cf_nope_mod)),
    show("load", application:load(cf_demo)),
    show("load again", application:load(cf_demo)),
    show("vsn", application:get_key(cf_demo, vsn)),
    show("description", application:get_key(cf_demo, description)),
    show("mod", application:get_key(cf_demo, mod)),
    show("env", application:get_env(cf_demo, color)),
    show("env missing", application:get_env(cf_demo, size)),
    show("loaded", lists:keyfind(cf_demo, 1, application:loaded_applications())),
    show("running before", lists:keymember(cf_demo, 1, application:which_applications())),
    show("start", application:start(cf_demo)),
    show("sup registered", is_pid(whereis(cf_demo_sup))),
    show("which_applications", application:which_applications()),
    show("ensure_all_started", application:ensure_all_started(cf_demo2)),
    show("sup2 registered", is_pid(whereis(cf_demo2_sup))),
    {file, Loaded} = code:is_loaded(cf_app_load_gen),
    show("loaded from", {filename:pathtype(Loaded),
                         lists:suffix("/cf_app_load_tmp/cf_demo2-0.1/ebin/cf_app_load_gen.beam",
                                      Loaded),
                         code:which(cf_app_load_gen) =:= Loaded}),
    show("start again", application:start(cf_demo)),
    show("stop 2", application:stop(cf_demo2)),
    show("stop", application:stop(cf_demo)),
    show("stop again", application:stop(cf_demo)),
    show("sup gone", whereis(cf_demo_sup)),
    show("unload", application:unload(cf_demo)),
    show("ensure_all_started again", application:ensure_all_started(cf_demo2)),
    show("which_applications", application:which_applications()),
    show("stop both", {application:stop(cf_demo2), application:stop(cf_demo)}),
    show("start missing", application:start(cf_nope)),
    show("ensure missing", application:ensure_all_started(cf_nope)),
    show("load bad", application:load(cf_bad)),
    show("del_path", code:del_path(cf_demo)),
    show("where_is_file after", code:where_is_file("cf_demo.app")),
    show("del_path again", code:del_path(cf_demo)),
    show("del_path dir", code:del_path(Ebin2)),
    show("unload both", {application:unload(cf_demo2), application:unload(cf_demo)}),
    clean().

show(What, V) ->
    io:format("~s: ~p~n", [What, V]).

write_app(Dir, Name, Keys) ->
    File = filename:join(Dir, atom_to_list(Name) ++ ".app"),
    file:write_file(File, io_lib:format("~p.~n", [{application, Name, Keys}])).

%% cf_app_load_gen, the second application's callback module, compiled
%% into its ebin (without literals, which beam_asm would compress).
gen_module(Dir) ->
    Src = ["-module(cf_app_load_gen).",
           "-export([start/2, stop/1]).",
           "start(normal, [Name]) -> supervisor:start_link({local, Name}, cf_app_load, demo2).",
           "stop(_) -> ok."],
    Forms = [begin
                 {ok, Toks, _} = erl_scan:string(S),
                 {ok, F} = erl_parse:parse_form(Toks),
                 F
             end || S <- Src],
    {ok, cf_app_load_gen, Bin} = compile:forms(Forms, [binary]),
    file:write_file(filename:join(Dir, "cf_app_load_gen.beam"), Bin).

clean() ->
    _ = file:del_dir_r(?D),
    ok.

start(normal, []) ->
    supervisor:start_link({local, cf_demo_sup}, ?MODULE, demo).

stop(_) ->
    ok.

init(_) ->
    {ok, {#{strategy => one_for_one}, []}}.
