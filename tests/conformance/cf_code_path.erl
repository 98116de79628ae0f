-module(cf_code_path).
-export([main/0]).

%% code:* over the code path, erl_prim_loader's file access, the program's
%% arguments and the environment.

-define(D, "cf_code_path_tmp").

main() ->
    _ = file:del_dir_r(?D),
    ok = file:make_dir(?D),
    show("root_dir", code:root_dir() =:= filename:dirname(code:lib_dir())),
    show("lib_dir", filename:basename(code:lib_dir())),
    show("lib_dir stdlib", lists:prefix("stdlib-", filename:basename(code:lib_dir(stdlib)))),
    show("lib_dir string", code:lib_dir("kernel") =:= code:lib_dir(kernel)),
    show("priv_dir stdlib", code:priv_dir(stdlib) =:= filename:join(code:lib_dir(stdlib), "priv")),
    show("lib_dir sub", code:lib_dir(kernel, ebin) =:= filename:join(code:lib_dir(kernel), "ebin")),
    show("compiler_dir", code:compiler_dir() =:= code:lib_dir(compiler)),
    show("bad name", {code:lib_dir(no_such_app), code:priv_dir(no_such_app)}),
    show("which lists", suffix("/lists.beam", code:which(lists))),
    show("is_loaded lists", code:is_loaded(lists) =:= {file, code:which(lists)}),
    show("which erlang", code:which(erlang)),
    show("is_loaded erlang", code:is_loaded(erlang)),
    show("which missing", code:which(no_such_mod)),
    show("is_loaded missing", code:is_loaded(no_such_mod)),
    show("where_is_file", suffix("/stdlib.app", code:where_is_file("stdlib.app"))),
    show("get_mode", code:get_mode()),
    show("objfile_extension", code:objfile_extension()),
    show("ensure_loaded", {code:ensure_loaded(lists), code:ensure_loaded(no_such_mod)}),
    show("load_file missing", code:load_file(no_such_mod)),
    {Mod, Bin, File} = code:get_object_code(gb_sets),
    show("get_object_code", {Mod, is_binary(Bin), suffix("/gb_sets.beam", File)}),
    show("get_object_code missing", code:get_object_code(no_such_mod)),
    {ok, cf_code_path_gen, Gen} =
        compile:forms([{attribute, 1, module, cf_code_path_gen},
                       {attribute, 1, export, [{f, 1}]},
                       {function, 1, f, 1,
                        [{clause, 1, [{var, 1, 'X'}], [],
                          [{op, 1, '*', {var, 1, 'X'}, {integer, 1, 2}}]}]}],
                      [binary]),
    show("load_binary", code:load_binary(cf_code_path_gen, "made/up/cf_code_path_gen.beam", Gen)),
    show("call it", cf_code_path_gen:f(21)),
    show("is_loaded binary", code:is_loaded(cf_code_path_gen)),
    show("which binary", code:which(cf_code_path_gen)),
    show("load_abs missing", code:load_abs(filename:join(?D, "nope"))),
    Path = code:get_path(),
    show("add_pathsa", code:add_pathsa([?D, ?D ++ "/"])),
    show("first", hd(code:get_path())),
    show("add_pathz dup", {code:add_pathz(?D), length(code:get_path()) =:= length(Path) + 1}),
    show("del_path", code:del_path(?D)),
    show("del_path bad", element(1, catch code:del_path(1))),
    show("set_path bad", code:set_path([?D ++ "/nope"])),
    show("set_path", code:set_path(Path)),
    show("path back", code:get_path() =:= Path),
    show("replace_path bad", code:replace_path(cf_code_path_tmp, ?D ++ "/nope")),
    %% erl_prim_loader
    ok = file:write_file(filename:join(?D, "f.txt"), <<"data">>),
    show("get_file", erl_prim_loader:get_file(filename:join(?D, "f.txt"))),
    show("get_file missing", erl_prim_loader:get_file(filename:join(?D, "nope"))),
    show("get_file on path", element(1, erl_prim_loader:get_file("lists.beam"))),
    show("list_dir", erl_prim_loader:list_dir(?D)),
    show("list_dir missing", erl_prim_loader:list_dir(?D ++ "/nope")),
    {ok, Info} = erl_prim_loader:read_file_info(filename:join(?D, "f.txt")),
    show("read_file_info", {element(2, Info), element(3, Info)}),
    show("read_file_info missing", erl_prim_loader:read_file_info(?D ++ "/nope")),
    {ok, Cwd} = erl_prim_loader:get_cwd(),
    show("get_cwd", {ok, Cwd} =:= file:get_cwd()),
    %% init and os
    show("plain arguments", init:get_plain_arguments()),
    show("root argument", init:get_argument(root) =:= {ok, [[code:root_dir()]]}),
    show("no such flag", init:get_argument(no_such_flag)),
    show("os_type", {erlang:system_info(os_type), os:type()}),
    show("unset", os:getenv("CF_CODE_PATH_UNSET")),
    show("default", os:getenv("CF_CODE_PATH_UNSET", "dflt")),
    show("putenv", os:putenv("CF_CODE_PATH_VAR", "v1")),
    show("getenv", os:getenv("CF_CODE_PATH_VAR")),
    show("in env", lists:member({"CF_CODE_PATH_VAR", "v1"}, os:env())),
    show("in getenv/0", lists:member("CF_CODE_PATH_VAR=v1", os:getenv())),
    show("unsetenv", os:unsetenv("CF_CODE_PATH_VAR")),
    show("gone", os:getenv("CF_CODE_PATH_VAR")),
    show("getenv badarg", element(1, element(2, catch os:getenv(atom)))),
    show("home", is_list(os:getenv("HOME"))),
    ok = file:del_dir_r(?D).

suffix(S, L) -> is_list(L) andalso lists:suffix(S, L).

show(What, V) ->
    io:format("~s: ~p~n", [What, V]).
