-module(cf_p_gen_server_reply).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

%% Deferred replies with gen_server:reply/2 ({noreply, S} from handle_call
%% and a reply later, out of order), replies from another process,
%% send_request/wait_response/check_response, and the From shape.

p(T, V) -> io:format("~p~n", [{T, V}]).

init([]) -> {ok, #{waiting => []}}.

handle_call({park, Tag}, From, S = #{waiting := W}) -> {noreply, S#{waiting := [{Tag, From} | W]}};
handle_call({release, Order}, _From, S = #{waiting := W}) ->
    [gen_server:reply(proplists:get_value(T, W), {released, T}) || T <- Order],
    {reply, length(Order), S#{waiting := []}};
handle_call(delegate, From, S) ->
    spawn(fun() -> gen_server:reply(From, from_helper) end),
    {noreply, S};
handle_call(from_shape, From = {Pid, Tag}, S) ->
    {reply, {is_tuple(From), is_pid(Pid), Tag =/= undefined}, S};
handle_call(reply_then_continue, From, S) ->
    gen_server:reply(From, early),
    {noreply, S};
handle_call({echo, X}, _From, S) -> {reply, X, S}.

handle_cast(_, S) -> {noreply, S}.

handle_info(_, S) -> {noreply, S}.

main() ->
    Self = self(),
    {ok, S} = gen_server:start(?MODULE, [], []),
    %% three parked callers released in reverse order
    Callers = [spawn(fun() -> Self ! {caller, T, gen_server:call(S, {park, T})} end) || T <- [a, b, c]],
    wait_parked(S, 3),
    p(release, gen_server:call(S, {release, [c, a, b]})),
    Got = lists:sort([receive {caller, T, R} -> {T, R} after 2000 -> timeout end || _ <- Callers]),
    p(parked_results, Got),
    p(delegate, gen_server:call(S, delegate)),
    p(from_shape, gen_server:call(S, from_shape)),
    p(reply_then_continue, [gen_server:call(S, reply_then_continue), gen_server:call(S, {echo, still_alive})]),
    %% send_request / wait_response
    Req = gen_server:send_request(S, {echo, async1}),
    p(wait_response, gen_server:wait_response(Req, 2000)),
    Req2 = gen_server:send_request(S, {echo, async2}),
    Msg = receive M -> M after 2000 -> timeout end,
    p(check_response, gen_server:check_response(Msg, Req2)),
    p(check_other, gen_server:check_response(unrelated_msg, Req2)),
    %% several outstanding requests answered in order of sending
    Reqs = [gen_server:send_request(S, {echo, N}) || N <- lists:seq(1, 5)],
    p(many_requests, [gen_server:wait_response(R, 2000) || R <- Reqs]),
    %% a parked call that the server answers with reply/2 to a dead caller: no crash
    Dying = spawn(fun() -> catch gen_server:call(S, {park, z}, 10) end),
    MD = monitor(process, Dying),
    receive {'DOWN', MD, _, _, _} -> ok end,
    p(release_to_dead, gen_server:call(S, {release, [z]})),
    p(server_alive, is_process_alive(S)),
    gen_server:stop(S),
    ok.

wait_parked(S, N) ->
    case sys:get_state(S) of
        #{waiting := W} when length(W) >= N -> ok;
        _ -> erlang:yield(), wait_parked(S, N)
    end.
