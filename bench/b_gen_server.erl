-module(b_gen_server).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2]).

%% 200 000 gen_server:call round-trips to a counter server (OTP's gen_server):
%% monitors, aliases, selective receive on a reference.
-define(N, 200000).

init(Start) -> {ok, Start}.

handle_call({add, K}, _From, Total) ->
    New = (Total + K) rem 1000000007,
    {reply, New, New};
handle_call(get, _From, Total) ->
    {reply, Total, Total}.

handle_cast(stop, Total) -> {stop, normal, Total}.

loop(_, 0, Acc) -> Acc;
loop(Pid, I, Acc) ->
    R = gen_server:call(Pid, {add, I * 7}),
    loop(Pid, I - 1, Acc bxor R).

main() ->
    {ok, Pid} = gen_server:start(?MODULE, 1, []),
    X = loop(Pid, ?N, 0),
    Total = gen_server:call(Pid, get),
    gen_server:cast(Pid, stop),
    io:format("gen_server: ~p ~p~n", [X, Total]).
