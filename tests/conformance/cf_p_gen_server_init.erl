-module(cf_p_gen_server_init).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).

%% gen_server init/1 results: {ok, S}, {ok, S, {continue, _}}, {ok, S, Timeout},
%% {stop, R}, ignore; handle_continue chains; named servers {local, Name}
%% with already_started; calls by name.

p(T, V) -> io:format("~p~n", [{T, V}]).

init(plain) -> {ok, []};
init(continue) -> {ok, [init], {continue, step1}};
init(timeout) -> {ok, [init], 10};
init({stop, R}) -> {stop, R};
init(ignore) -> ignore;
init(hibernate) -> {ok, [hib], hibernate}.

handle_continue(step1, L) -> {noreply, [step1 | L], {continue, step2}};
handle_continue(step2, L) -> {noreply, [step2 | L]}.

handle_call(get, _From, L) -> {reply, lists:reverse(L), L};
handle_call(continue_from_call, _From, L) -> {reply, ok, [call | L], {continue, step2}};
handle_call(whoami, _From, L) -> {reply, process_info(self(), registered_name), L}.

handle_cast({push, X}, L) -> {noreply, [X | L]}.

handle_info(timeout, L) -> {noreply, [timeout | L]};
handle_info(_, L) -> {noreply, L}.

main() ->
    process_flag(trap_exit, true),
    {ok, P1} = gen_server:start_link(?MODULE, plain, []),
    p(plain, gen_server:call(P1, get)),
    {ok, P2} = gen_server:start_link(?MODULE, continue, []),
    p(continue_before_call, gen_server:call(P2, get)),
    p(continue_from_call, [gen_server:call(P2, continue_from_call), gen_server:call(P2, get)]),
    {ok, P3} = gen_server:start_link(?MODULE, timeout, []),
    timer:sleep(60),
    p(init_timeout, gen_server:call(P3, get)),
    {ok, P4} = gen_server:start_link(?MODULE, hibernate, []),
    p(hibernate_init, gen_server:call(P4, get)),
    %% {stop, Reason}: start_link returns {error, Reason} and we get an EXIT
    p(init_stop, gen_server:start_link(?MODULE, {stop, {shutdown, no_init}}, [])),
    p(init_stop_exit, receive {'EXIT', _, R} -> R after 2000 -> none end),
    p(init_stop_nolink, gen_server:start(?MODULE, {stop, normal}, [])),
    %% ignore
    p(init_ignore, gen_server:start_link(?MODULE, ignore, [])),
    p(init_ignore_exit, receive {'EXIT', _, R2} -> R2 after 100 -> none end),
    %% named servers
    {ok, N1} = gen_server:start_link({local, cf_p_gs_named}, ?MODULE, plain, []),
    p(named_whereis, whereis(cf_p_gs_named) =:= N1),
    p(named_call, gen_server:call(cf_p_gs_named, whoami)),
    gen_server:cast(cf_p_gs_named, {push, via_name}),
    p(named_cast, gen_server:call(cf_p_gs_named, get)),
    p(named_tuple_call, gen_server:call({cf_p_gs_named, node()}, get)),
    p(already_started, case gen_server:start({local, cf_p_gs_named}, ?MODULE, plain, []) of
                           {error, {already_started, Pid}} -> {already_started, Pid =:= N1};
                           Other -> Other
                       end),
    p(call_unknown_name, try gen_server:call(cf_p_gs_nobody, get) catch exit:{R3, _} -> {exit, R3} end),
    p(cast_unknown_name, gen_server:cast(cf_p_gs_nobody, {push, x})),
    gen_server:stop(cf_p_gs_named),
    p(name_freed, whereis(cf_p_gs_named)),
    %% start with a name registered to another process
    register(cf_p_gs_taken, self()),
    p(name_taken, case gen_server:start({local, cf_p_gs_taken}, ?MODULE, plain, []) of
                      {error, {already_started, Pid2}} -> {already_started, Pid2 =:= self()};
                      Other2 -> Other2
                  end),
    unregister(cf_p_gs_taken),
    [gen_server:stop(P) || P <- [P1, P2, P3, P4]],
    [receive {'EXIT', P, normal} -> ok end || P <- [P1, P2, P3, P4]],
    receive {'EXIT', N1, _} -> ok after 1000 -> ok end,
    process_flag(trap_exit, false),
    ok.
