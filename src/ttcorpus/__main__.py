"""``python -m ttcorpus`` runs the command-line interface."""

from ttcorpus._entry import main

if __name__ == "__main__":
    main()
