"""The PyTorch twins of bench/workloads.ts, on the CPU: python3 bench/torch_workloads.py [--quick] [--threads N].

Prints one JSON line shaped like bench/backend-child.ts's: {"backend": "torch", "steps": {name: stat}}.
Threads: one per core of the machine (torch.set_num_threads(os.cpu_count())) unless --threads is given.
"""
import json
import os
import sys
import time


def summarize(samples):
    s = sorted(samples)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return {"median": median, "min": s[0], "max": s[-1], "runs": n, "unit": "ms"}


def measure(step, quick, scale=1):
    inner = max(1, round((5 if quick else 20) * scale))
    for _ in range(max(10, inner)):
        step()
    samples, cpu = [], []
    for _ in range(3 if quick else 7):
        cpu_start = time.process_time()
        start = time.perf_counter()
        for _ in range(inner):
            step()
        samples.append((time.perf_counter() - start) / inner * 1000)
        cpu.append((time.process_time() - cpu_start) / inner * 1000)
    return {**summarize(samples), "cpu": summarize(cpu)}


def mlp(torch):
    torch.manual_seed(1)
    x = torch.randn(128, 784)
    y = torch.randint(0, 10, (128,))
    model = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()
    return step


def linreg(torch):
    x = torch.linspace(-1, 1, 64).reshape(64, 1)
    y = 3 * x + 0.5
    w = torch.zeros(1, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=0.1)

    def step():
        optimizer.zero_grad()
        torch.mean((x @ w + b - y) ** 2).backward()
        optimizer.step()
    return step


def descent2d(torch):
    theta = torch.tensor([1.0, 1.0], requires_grad=True)
    scale = torch.tensor([1.0, 10.0])

    def step():
        (theta ** 2 * scale).sum().backward()
        with torch.no_grad():
            theta.sub_(0.01 * theta.grad)
            theta.grad.zero_()
    return step


def run_optimizer(torch):
    """Twin of the course's descent.runOptimizer: Adam on Rosenbrock, the point read back every step."""
    point = torch.tensor([-1.5, 2.0], requires_grad=True)
    optimizer = torch.optim.Adam([point], lr=0.01)

    def step():
        optimizer.zero_grad()
        x, y = point[0], point[1]
        ((1 - x) ** 2 + 100 * (y - x ** 2) ** 2).backward()
        optimizer.step()
        point.tolist()
    return step


def main():
    quick = "--quick" in sys.argv
    try:
        import torch
    except ImportError as error:
        print(json.dumps({"backend": "torch", "skipped": f"PyTorch is not installed ({error})", "steps": {}}))
        return
    threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else (os.cpu_count() or 1)
    torch.set_num_threads(threads)
    steps = {
        "mlp": measure(mlp(torch), quick),
        "linreg": measure(linreg(torch), quick, 5),
        "descent2d": measure(descent2d(torch), quick, 10),
        "runOptimizer": measure(run_optimizer(torch), quick, 10),
    }
    print(json.dumps({"backend": "torch", "version": torch.__version__, "threads": torch.get_num_threads(), "steps": steps}))


if __name__ == "__main__":
    main()
