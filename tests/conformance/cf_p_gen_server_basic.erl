-module(cf_p_gen_server_basic).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

%% gen_server basics: start_link/start, call/cast/info, state threading,
%% stop/1 and stop/3 with normal/shutdown/{shutdown, _}, terminate/2 being
%% called, and the EXIT/DOWN reasons seen by the parent.

p(T, V) -> io:format("~p~n", [{T, V}]).

init({counter, N, Parent}) -> {ok, #{n => N, parent => Parent, log => []}}.

handle_call(get, _From, S = #{n := N}) -> {reply, N, S};
handle_call({add, K}, _From, S = #{n := N}) -> {reply, N + K, S#{n := N + K}};
handle_call(log, _From, S = #{log := L}) -> {reply, lists:reverse(L), S};
handle_call({stop_me, Reason}, _From, S) -> {stop, Reason, stopping, S};
handle_call(noreply_stop, _From, S) -> {stop, normal, S}.

handle_cast({add, K}, S = #{n := N, log := L}) -> {noreply, S#{n := N + K, log := [{cast, K} | L]}};
handle_cast({stop, R}, S) -> {stop, R, S}.

handle_info(Msg, S = #{log := L}) -> {noreply, S#{log := [{info, Msg} | L]}}.

terminate(Reason, #{parent := Parent, n := N}) -> Parent ! {terminated, Reason, N}, ok.

code_change(_Old, S, _Extra) -> {ok, S}.

term_msg() -> receive {terminated, R, N} -> {R, N} after 2000 -> no_terminate end.

main() ->
    process_flag(trap_exit, true),
    Self = self(),
    {ok, S} = gen_server:start_link(?MODULE, {counter, 10, Self}, []),
    p(calls, [gen_server:call(S, get), gen_server:call(S, {add, 5}), gen_server:call(S, get)]),
    p(cast_returns, gen_server:cast(S, {add, 100})),
    S ! hello_info,
    gen_server:cast(S, {add, 1}),
    p(after_cast_info, [gen_server:call(S, get), gen_server:call(S, log)]),
    p(stop1, gen_server:stop(S)),
    p(terminate_normal, term_msg()),
    p(exit_normal, receive {'EXIT', S, R} -> R after 2000 -> timeout end),
    %% stop/3 with a custom shutdown reason
    {ok, S2} = gen_server:start_link(?MODULE, {counter, 1, Self}, []),
    p(stop3, gen_server:stop(S2, {shutdown, custom}, 1000)),
    p(terminate_custom, term_msg()),
    p(exit_custom, receive {'EXIT', S2, R2} -> R2 after 2000 -> timeout end),
    %% handle_call returning {stop, Reason, Reply, State}
    {ok, S3} = gen_server:start_link(?MODULE, {counter, 2, Self}, []),
    p(stop_reply, gen_server:call(S3, {stop_me, shutdown})),
    p(terminate_stop_reply, term_msg()),
    p(exit_stop_reply, receive {'EXIT', S3, R3} -> R3 after 2000 -> timeout end),
    %% cast returning {stop, ...}
    {ok, S4} = gen_server:start(?MODULE, {counter, 3, Self}, []),
    M4 = monitor(process, S4),
    gen_server:cast(S4, {stop, {shutdown, by_cast}}),
    p(terminate_cast, term_msg()),
    p(down_cast, receive {'DOWN', M4, process, S4, R4} -> R4 after 2000 -> timeout end),
    %% calling a stopped server exits with noproc
    p(call_dead, try gen_server:call(S4, get) catch exit:{Reason, {gen_server, call, _}} -> {exit, Reason} end),
    %% call to a server that stops without replying: the caller exits with the stop reason
    {ok, S5} = gen_server:start(?MODULE, {counter, 5, Self}, []),
    p(call_noreply_stop, try gen_server:call(S5, noreply_stop) catch exit:{R5, {gen_server, call, _}} -> {exit, R5} end),
    p(terminate_noreply, term_msg()),
    %% many calls keep state
    {ok, S6} = gen_server:start_link(?MODULE, {counter, 0, Self}, []),
    [gen_server:cast(S6, {add, 1}) || _ <- lists:seq(1, 100)],
    p(hundred, gen_server:call(S6, get)),
    gen_server:stop(S6, shutdown, infinity),
    p(terminate_shutdown, term_msg()),
    receive {'EXIT', S6, _} -> ok end,
    process_flag(trap_exit, false),
    ok.
